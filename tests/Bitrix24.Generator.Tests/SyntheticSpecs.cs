namespace Bitrix24.Generator.Tests;

/// <summary>Hand-written specs, each exercising one feature of the generator.</summary>
internal static class SyntheticSpecs
{
    public const string NestedObjects = """
        method: test.item.add
        scope: test
        title: Add an item
        summary: Adds an item with nested fields.
        kind: write
        params:
          - name: entityTypeId
            type: integer
            required: true
            description: Type of the item
            values:
              - { value: "1", description: Lead }
              - { value: "2", description: Deal }
          - name: fields
            type: object
            required: true
            fields:
              - name: TITLE
                type: string
                required: true
              - name: OPENED
                type: boolean
              - name: STAGE
                type: string
                values: [NEW, WON, "LOSE"]
              - name: BEGINDATE
                type: date
              - name: CLOSED_AT
                type: datetime
              - name: REMIND_AT
                type: timestamp
              - name: AMOUNT
                type: double
              - name: TAGS
                type: string[]
              - name: ADDRESS
                type: object
                fields:
                  - name: CITY
                    type: string
                    required: true
              - name: PRODUCTS
                type: object[]
                required: true
                items:
                  - name: PRODUCT_ID
                    type: integer
                    required: true
                  - name: PRICE
                    type: double
              - name: SETTINGS
                type: object
          - name: UF_CRM_...
            type: any
        result:
          type: object
          fields:
            - name: ID
              type: integer
            - name: CREATED
              type: datetime
            - name: CONTACTS
              type: object[]
              items:
                - name: ID
                  type: integer
            - name: UF_CRM_...
              type: any
        """;

    public const string DeprecatedWithCodes = """
        method: test.legacy.get
        deprecated: { replacement: test.modern.get }
        kind: read
        params:
          - name: id
            type: integer
            required: true
        result:
          type: boolean
        errors:
          - { code: "100", message: Required fields are not provided, status: 400 }
          - { code: NOT_FOUND, message: Not found, status: 404 }
          - { code: NOT_FOUND, message: Element not found }
          - { code: "", message: ID is not defined or invalid }
          - { code: "", message: Access denied. }
          - { code: ACCESS_DENIED, message: Access denied }
          - { code: "id is not defined", message: The page wrote the error text in the code column }
        """;

    public const string MixedCase = """
        method: tasks.flow.Flow.create
        rest: 3
        params:
          - name: flowData
            type: object
            required: true
            fields:
              - name: name
                type: string
                required: true
        result:
          type: object
          fields:
            - name: id
              type: integer
        """;

    public const string Rest2Twin = """
        method: tasks.task.add
        rest: 2
        params:
          - name: fields
            type: object
            required: true
            fields:
              - name: TITLE
                type: string
                required: true
              - name: ALLOW_CHANGE_DEADLINE
                type: boolean
        result:
          type: object
        """;

    public const string Rest3Twin = """
        method: tasks.task.add
        rest: 3
        params:
          - name: fields
            type: object
            required: true
            fields:
              - name: title
                type: string
                required: true
              - name: allowChangeDeadline
                type: boolean
        result:
          type: object
          fields:
            - name: item
              type: object
        """;

    public const string UnknownTypes = """
        method: test.odd.get
        kind: read
        params:
          - name: mode
            type: space-ship
        result:
          type: wib-ble
        """;

    public const string ListOfItems = """
        method: test.item.list
        kind: read
        params:
          - name: start
            type: integer
        result:
          type: object[]
          items:
            - name: ID
              type: integer
            - name: IDS
              type: integer[]
        list: { rows: result, id: ID, paging: next }
        """;

    public const string Rest3UntypedList = """
        method: test.task.list
        rest: 3
        kind: read
        params:
          - name: filter
            type: object
          - name: pagination
            type: object
            fields:
              - name: page
                type: integer
              - name: limit
                type: integer
        result:
          type: object
        list: { rows: result.items, id: id, paging: pagination }
        """;

    public const string TypedRowsMemberList = """
        method: test.order.list
        kind: read
        params:
          - name: filter
            type: object
            required: true
        result:
          type: object
          fields:
            - name: items
              type: object[]
              items:
                - name: id
                  type: integer
                - name: title
                  type: string
            - name: hasMore
              type: boolean
        list: { rows: result.items, id: id, paging: next }
        """;

    public const string ListWithoutId = """
        method: test.tag.list
        deprecated: { replacement: test.label.list }
        kind: read
        result:
          type: string[]
        list: { rows: result, paging: next }
        """;

    public const string ListRowsOutOfReach = """
        method: test.report.list
        kind: read
        result:
          type: object
          fields:
            - name: count
              type: integer
        list: { rows: result.rows, id: ID, paging: next }
        """;

    public const string SingleSegment = """
        method: profile
        kind: read
        result:
          type: object
          fields:
            - name: ADMIN
              type: boolean
        """;
}
