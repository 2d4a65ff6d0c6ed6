/**
 * Sorting a list the portal already holds whole (the groups list, the users in licence error):
 * by the text of a column, in the admin's language, ascending or descending. Lists Graph pages
 * (users) are sorted by Graph instead (`$orderby`), never here.
 */

/** The rows sorted by `text`, a new array; equal texts keep their order. */
export function sortRows<Row>(
  rows: readonly Row[],
  text: (row: Row) => string,
  descending = false,
): Row[] {
  const collator = new Intl.Collator();
  const keyed = rows.map((row, index) => ({ row, index, key: text(row) }));
  keyed.sort((a, b) => {
    const order = collator.compare(a.key, b.key) * (descending ? -1 : 1);
    return order === 0 ? a.index - b.index : order;
  });
  return keyed.map((k) => k.row);
}
