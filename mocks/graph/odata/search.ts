/**
 * `$search` in Graph's directory form: `"displayName:term"` clauses joined by AND / OR. A clause
 * matches when every word of the term is the start of a word of the property's value.
 */
import { graphError } from '../errors';
import { propertyOf, type ResourceSpec } from './model';

/** One `"property:term"` clause. */
export interface SearchClause {
  readonly property: string;
  readonly words: readonly string[];
}

/** Clauses in disjunctive form: OR of ANDs. */
export type SearchExpr = readonly (readonly SearchClause[])[];

/** The words of a value or a search term, lower-cased: runs of letters and digits. */
export const searchWords = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);

/** Parses `$search`; properties must be searchable on the resource. */
export function parseSearch<Row>(text: string, spec: ResourceSpec<Row>): SearchExpr {
  const parts = /^\s*"([^"]*)"((?:\s+(?:AND|OR)\s+"[^"]*")*)\s*$/.exec(text);
  if (!parts)
    throw graphError.badRequest(
      `Syntax error: the $search value '${text}' is not valid. Use "property:value" clauses joined by AND or OR.`,
    );
  const tokens = [...text.matchAll(/"([^"]*)"|\b(AND|OR)\b/g)];
  const groups: SearchClause[][] = [[]];
  for (const token of tokens) {
    if (token[2] === 'OR') {
      groups.push([]);
      continue;
    }
    if (token[2] === 'AND') continue;
    const clause = token[1] ?? '';
    const colon = clause.indexOf(':');
    if (colon <= 0)
      throw graphError.badRequest(
        `Syntax error: the $search clause "${clause}" must have the form "property:value".`,
      );
    const property = clause.slice(0, colon);
    if (!propertyOf(spec, property)?.search)
      throw graphError.unsupportedQuery(
        `Unsupported $search property '${property}' for '${spec.resourceName}'.`,
      );
    (groups.at(-1) as SearchClause[]).push({
      property,
      words: searchWords(clause.slice(colon + 1)),
    });
  }
  return groups;
}

/** Whether a row matches a parsed search. */
export function matchesSearch<Row>(row: Row, search: SearchExpr, spec: ResourceSpec<Row>): boolean {
  return search.some((clauses) =>
    clauses.every((clause) => {
      const value = propertyOf(spec, clause.property)?.get(row);
      if (typeof value !== 'string') return false;
      const valueWords = searchWords(value);
      return clause.words.every((w) => valueWords.some((v) => v.startsWith(w)));
    }),
  );
}
