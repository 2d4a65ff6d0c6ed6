/**
 * How a resource exposes its properties to OData: one table per resource drives `$select`,
 * `$filter`, `$orderby` and `$search`, so the three can never disagree.
 */

/** Filter operators, as they appear in property documentation. */
export type FilterOp =
  'eq' | 'ne' | 'ge' | 'le' | 'in' | 'startswith' | 'endswith' | 'any' | 'count';

/** The EDM types the emulator tells apart in `$filter` operands. */
export type EdmType = 'Edm.String' | 'Edm.Guid' | 'Edm.DateTimeOffset';

/** One property of a resource. */
export interface PropertySpec<Row> {
  /** The wire value of the property for a row. */
  get(row: Row): unknown;
  /** Returned when there is no `$select`. */
  readonly default?: boolean;
  /** Never returned, only filtered on (`hasMembersWithLicenseErrors`). */
  readonly filterOnly?: boolean;
  /** Operators allowed on the property itself. */
  readonly filter?: readonly FilterOp[];
  /** Operators allowed on sub-paths of a complex property (`extensionAttribute1`, `user/id`). */
  readonly nested?: Readonly<Record<string, readonly FilterOp[]>>;
  /** Operators allowed inside `any(x: ...)` on item paths ('' is the item itself). */
  readonly items?: Readonly<Record<string, readonly FilterOp[]>>;
  /**
   * EDM types of filterable values, keyed like `nested` and `items` ('' is the property itself, or
   * the item of a primitive collection). A literal of another type is a 400, as on Graph; a value
   * with no type here is not checked.
   */
  readonly types?: Readonly<Record<string, EdmType>>;
  /**
   * Filter forms that need `ConsistencyLevel: eventual` and `$count=true` (advanced queries);
   * `null` is `eq null` ("eq on null values" in Graph's property tables).
   */
  readonly advanced?: readonly (FilterOp | 'null')[];
  /**
   * Filtered only on its own: a `$filter` that names it and any other property is refused
   * (`signInActivity`: "Supports $filter (eq, ne, not, ge, le) but not with any other filterable
   * properties", Graph's user resource).
   */
  readonly filterAlone?: boolean;
  /** Filter forms refused in advanced queries (Graph's known `hasMembersWithLicenseErrors` limitation). */
  readonly standardOnly?: boolean;
  readonly orderby?: boolean;
  /** Searchable with `$search="name:term"`. */
  readonly search?: boolean;
}

/** A resource type: its Graph names and properties. */
export interface ResourceSpec<Row> {
  /** `user` in `microsoft.graph.user`. */
  readonly typeName: string;
  /** `User` in error messages. */
  readonly resourceName: string;
  readonly properties: Readonly<Record<string, PropertySpec<Row>>>;
  /** Whether `ne`, `not`, `endswith` and `$count` filters need advanced query headers (directory objects). */
  readonly directoryObject: boolean;
}

/**
 * An own entry of a table, by a name from the request. Never the JavaScript prototype:
 * `$select=constructor` or `__proto__` name no property (a 400), not `Object.prototype.constructor`.
 */
export function own<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A property of a resource by name, or undefined (own properties only: see `own`). */
export function propertyOf<Row>(
  spec: ResourceSpec<Row>,
  name: string,
): PropertySpec<Row> | undefined {
  return own(spec.properties, name);
}
