/**
 * Helpers to describe the records the console reads with the types generated from the API's schema
 * (`@territoria/client`): a field renamed or retyped in the schema breaks the console's type check.
 */

/** The fields K of an API type, as a query selects them (every field required, as the API answers). */
export type Fields<T, K extends keyof T> = Pick<T, K>;

/** The fields K of an API type that only some of the console's queries select. */
export type SomeFields<T, K extends keyof T> = Partial<Pick<T, K>>;

type Item<R> = [R] extends [readonly (infer E)[]] ? E : NonNullable<R>;

/**
 * A relation of an API type (`Api.Partnership['partner']`) narrowed to the fields K the console selects of
 * it; it stays a list, or nullable, when the API's field is.
 */
export type Selected<R, K extends keyof Item<R>> = [R] extends [readonly unknown[]]
  ? Pick<Item<R>, K>[]
  : null extends R
    ? Pick<Item<R>, K> | null
    : Pick<Item<R>, K>;

/**
 * An API object read for its relation K only, narrowed to S:
 * `Relation<Api.Collectivity, 'membershipHistory', MembershipChange>` is `{ membershipHistory: MembershipChange[] }`.
 */
export type Relation<T, K extends keyof T, S> = {
  [P in K]: [T[P]] extends [readonly unknown[]] ? S[] : null extends T[P] ? S | null : S;
};
