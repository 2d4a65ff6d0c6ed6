import { spawnSync } from 'node:child_process';
import { runEngineBench } from './engine-bench';
import { runRulesBench } from './rules-bench';

/**
 * `npm run bench`: prints every figure the issues ask for. `npm run bench -- emulator` (or
 * `engine`, `rules`) runs one part.
 */
const log = (line: string) => {
  console.log(line);
};
const only = process.argv[2];
if (!only || only === 'engine') {
  console.log('== licensing engine ==');
  runEngineBench(log);
  console.log('');
}
if (!only || only === 'rules') {
  console.log('== dynamic membership rules ==');
  await runRulesBench(log);
  console.log('');
}
if (!only || only === 'emulator') {
  console.log('== Graph emulator (HTTP, large seed) ==');
  // In a process of its own: the figures are the server's event loop, with nothing else on it.
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'mocks/server/emulator-bench.ts'], {
    stdio: 'inherit',
  });
  if (run.status !== 0) process.exitCode = run.status ?? 1;
}
