/**
 * Vite's preload lists name, for each dynamic import, every chunk the imported chunk needs, even
 * those the importing chunk has loaded already: its own static imports, which have all run before
 * any of its code does. In the entry chunk that was 45 of the 110 names (a kilobyte and a half of
 * file names, gzip, on the first load). This drops them. A preload is only a head start: the import
 * itself loads whatever is still missing, so a shorter list never breaks a page.
 *
 * `preloadOnlyMissing()` answers the plugin that reads the bundle's import graph (its
 * `generateBundle` runs before Vite's own, which writes the lists) and the
 * `build.modulePreload.resolveDependencies` that consults it.
 */
import type { Plugin, ResolveModulePreloadDependenciesFn } from 'vite';

interface StaticImports {
  readonly imports: readonly string[];
}

/** Every chunk `file` imports statically, directly or not (not `file` itself). */
export function staticClosure(
  chunks: Readonly<Record<string, StaticImports | undefined>>,
  file: string,
): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    for (const imported of chunks[name]?.imports ?? []) {
      if (seen.has(imported)) continue;
      seen.add(imported);
      visit(imported);
    }
  };
  visit(file);
  return seen;
}

export function preloadOnlyMissing(): {
  readonly plugin: Plugin;
  readonly resolveDependencies: ResolveModulePreloadDependenciesFn;
} {
  let chunks: Record<string, StaticImports | undefined> = {};
  const loaded = new Map<string, Set<string>>();
  return {
    plugin: {
      name: 'preload-only-missing',
      apply: 'build',
      generateBundle(_options, bundle) {
        chunks = {};
        loaded.clear();
        for (const [file, output] of Object.entries(bundle))
          if (output.type === 'chunk') chunks[file] = { imports: output.imports };
      },
    },
    resolveDependencies(_file, deps, { hostId, hostType }) {
      // An HTML page has loaded nothing yet: its list stays whole.
      if (hostType !== 'js') return deps;
      let before = loaded.get(hostId);
      if (!before) loaded.set(hostId, (before = staticClosure(chunks, hostId)));
      return deps.filter((dep) => !before.has(dep));
    },
  };
}
