/**
 * Finds the route of a request. Only two exact prefixes belong to the emulator: `/v1.0/...`
 * (Graph) and `/_emulator/...` (control API); anything else, including `/x/v1.0/...` or
 * `/v1.0/anything/_emulator/token`, is not a control route. Path segments are percent-decoded
 * once; a literal segment beats a parameter (`/users/$count` before `/users/:id`).
 */
import { errorMessages, graphError } from '../errors';
import type { Area, Method, Route } from './route';

/** The root of each area. */
export const AREA_ROOT: Readonly<Record<Area, string>> = {
  graph: '/v1.0',
  control: '/_emulator',
};

/** The area a path belongs to, and the rest of it after the root; null when neither. */
export function areaOf(pathname: string): { area: Area; rest: string } | null {
  for (const area of ['graph', 'control'] as const) {
    const root = AREA_ROOT[area];
    if (pathname.startsWith(`${root}/`)) return { area, rest: pathname.slice(root.length) };
  }
  return null;
}

type Segment = { readonly literal: string } | { readonly param: string };

interface Compiled {
  readonly route: Route;
  readonly segments: readonly Segment[];
  readonly literals: number;
}

/** A match: the route and its parameters; or why there is none. */
export type Match =
  | { readonly kind: 'route'; readonly route: Route; readonly params: Record<string, string> }
  | { readonly kind: 'method'; readonly allowed: readonly Method[] }
  | { readonly kind: 'none'; readonly segment: string };

function split(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

function compile(route: Route, path: string): Compiled {
  const segments = split(path).map((s): Segment =>
    s.startsWith(':') ? { param: s.slice(1) } : { literal: s },
  );
  return { route, segments, literals: segments.filter((s) => 'literal' in s).length };
}

/** Percent-decodes path segments; a malformed sequence is a 400 (never a crash). */
export function decodeSegments(rest: string): string[] {
  return split(rest).map((raw) => {
    try {
      return decodeURIComponent(raw);
    } catch {
      throw graphError.badRequest(
        'The request URI is not valid: it holds a malformed percent-encoded sequence.',
      );
    }
  });
}

/** A router over a route table. */
export function createRouter(routes: readonly Route[]) {
  const table = routes.flatMap((route) => route.paths.map((path) => compile(route, path)));

  function bind(entry: Compiled, segments: readonly string[]): Record<string, string> | null {
    if (entry.segments.length !== segments.length) return null;
    const params: Record<string, string> = {};
    for (let i = 0; i < segments.length; i++) {
      const pattern = entry.segments[i];
      const value = segments[i] ?? '';
      if (!pattern) return null;
      if ('literal' in pattern) {
        if (pattern.literal !== value) return null;
      } else {
        params[pattern.param] = value;
      }
    }
    return params;
  }

  return {
    match(area: Area, segments: readonly string[], method: string): Match {
      let best: { entry: Compiled; params: Record<string, string> } | null = null;
      const allowed = new Set<Method>();
      for (const entry of table) {
        if (entry.route.area !== area) continue;
        const params = bind(entry, segments);
        if (params === null) continue;
        allowed.add(entry.route.method);
        if (entry.route.method !== method) continue;
        if (best === null || entry.literals > best.entry.literals) best = { entry, params };
      }
      if (best) return { kind: 'route', route: best.entry.route, params: best.params };
      if (allowed.size > 0) return { kind: 'method', allowed: [...allowed] };
      return { kind: 'none', segment: segments[0] ?? '' };
    },
  };
}

/** The error for a path no route answers: Graph's words under `/v1.0`, a 404 under `/_emulator`. */
export function unknownPath(area: Area | null, segment: string, pathname: string) {
  return area === 'control'
    ? graphError.notFound(pathname)
    : graphError.badRequest(errorMessages.segmentNotFound(segment));
}
