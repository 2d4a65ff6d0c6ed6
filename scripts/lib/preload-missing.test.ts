import type { OutputBundle, OutputChunk } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { preloadOnlyMissing, staticClosure } from './preload-missing';

// entry → shared → util; entry imports lazy dynamically, and lazy imports shared and own.
const GRAPH = {
  'entry.js': { imports: ['shared.js'] },
  'shared.js': { imports: ['util.js'] },
  'util.js': { imports: [] },
  'lazy.js': { imports: ['shared.js', 'own.js'] },
  'own.js': { imports: ['util.js'] },
};

function bundleOf(graph: Record<string, { imports: string[] }>): OutputBundle {
  return Object.fromEntries(
    Object.entries(graph).map(([file, { imports }]) => [
      file,
      { type: 'chunk', fileName: file, imports } as unknown as OutputChunk,
    ]),
  );
}

function built() {
  const preload = preloadOnlyMissing();
  const hook = preload.plugin.generateBundle as (options: unknown, bundle: OutputBundle) => void;
  hook.call({}, {}, bundleOf(GRAPH));
  return preload;
}

describe('staticClosure', () => {
  it('follows static imports through every level, without the chunk itself', () => {
    expect([...staticClosure(GRAPH, 'entry.js')].sort()).toEqual(['shared.js', 'util.js']);
    expect([...staticClosure(GRAPH, 'lazy.js')].sort()).toEqual(['own.js', 'shared.js', 'util.js']);
    expect(staticClosure(GRAPH, 'util.js').size).toBe(0);
  });

  it('stops on an import cycle', () => {
    const cycle = { 'a.js': { imports: ['b.js'] }, 'b.js': { imports: ['a.js'] } };
    expect([...staticClosure(cycle, 'a.js')].sort()).toEqual(['a.js', 'b.js']);
  });
});

describe('preloadOnlyMissing', () => {
  it('drops from a chunk’s list what the chunk has loaded already', () => {
    const { resolveDependencies } = built();
    expect(
      resolveDependencies('lazy.js', ['lazy.js', 'shared.js', 'util.js', 'own.js'], {
        hostId: 'entry.js',
        hostType: 'js',
      }),
    ).toEqual(['lazy.js', 'own.js']);
  });

  it('keeps an HTML page’s list whole: it has loaded nothing yet', () => {
    const { resolveDependencies } = built();
    const deps = ['entry.js', 'shared.js', 'util.js'];
    expect(
      resolveDependencies('entry.js', deps, { hostId: 'index.html', hostType: 'html' }),
    ).toEqual(deps);
  });

  it('keeps everything for a chunk it does not know', () => {
    const { resolveDependencies } = built();
    expect(
      resolveDependencies('lazy.js', ['shared.js'], { hostId: 'other.js', hostType: 'js' }),
    ).toEqual(['shared.js']);
  });
});
