namespace Bitrix24.Generator.Tests;

/// <summary>Hand-written type files (<c>object:</c>) and the method specs that refer to them.</summary>
internal static class TypeSpecs
{
    public const string Widget = """
        object: test.widget
        title: Widget
        summary: A widget as test.widget.get and test.widget.list return it.
        source: api-reference/test/widget.md#widget
        fields:
          - name: ID
            type: integer
            required: false
            description: The identifier
          - name: NAME
            type: lang_map
            required: false
            description: The name in each language
          - name: OWNER
            type: object
            ref: test.owner
            required: false
          - name: UF_TEST_...
            type: any
            required: false
        """;

    public const string Owner = """
        object: test.owner
        fields:
          - name: ID
            type: integer
            required: false
          - name: NAME
            type: string
            required: false
        """;

    public const string WidgetGet = """
        method: test.widget.get
        kind: read
        params:
          - name: id
            type: integer
            required: true
        result:
          type: widget
          ref: test.widget
          description: The widget
        """;

    public const string WidgetList = """
        method: test.widget.list
        kind: read
        result:
          type: object
          fields:
            - name: items
              type: widget[]
              ref: test.widget
              required: false
        list: { rows: result.items, id: ID, paging: next }
        """;

    public const string StageMap = """
        method: test.stage.get
        kind: read
        params:
          - name: names
            type: lang_map
            required: false
          - name: owners
            type: object
            map: object
            ref: test.owner
            required: false
        result:
          type: object
          map: object
          description: Stages by their id
          fields:
            - name: ID
              type: integer
              required: false
            - name: TITLE
              type: lang_map
              required: false
            - name: SORT
              type: object
              map: integer
              required: false
        """;

    public const string OwnerMap = """
        method: test.owner.map
        kind: read
        result:
          type: object
          map: object
          ref: test.owner
        """;

    public const string Node = """
        object: test.node
        summary: A node of a tree.
        fields:
          - name: ID
            type: integer
            required: true
          - name: PARENT
            type: object
            ref: test.node
            required: false
          - name: CHILDREN
            type: node[]
            ref: test.node
            required: false
        """;

    public const string NodeGet = """
        method: test.node.get
        kind: read
        result:
          type: node
          ref: test.node
        """;

    public const string Contact = """
        object: test.contact
        fields:
          - name: NAME
            type: string
            required: true
          - name: OPENED
            type: boolean
            required: false
          - name: ADDRESS
            type: object
            ref: test.address
            required: false
        """;

    public const string Address = """
        object: test.address
        fields:
          - name: CITY
            type: string
            required: true
        """;

    public const string ContactAdd = """
        method: test.contact.add
        params:
          - name: fields
            type: object
            ref: test.contact
            required: true
        result:
          type: integer
        """;
}
