import { spawnSync } from 'node:child_process';
import { runEngineBench } from './engine-bench';
import { runPersistenceBench } from './persistence-bench';
import { runRulesBench } from './rules-bench';

/**
 * `npm run bench [-- engine|rules|persistence|emulator|licensed ...]`: prints every figure the
 * issues ask for (all sections without arguments).
 */
const log = (line: string) => {
  console.log(line);
};
const wanted = process.argv.slice(2);
const runs = (name: string) => wanted.length === 0 || wanted.includes(name);
if (runs('engine')) {
  console.log('== licensing engine ==');
  runEngineBench(log);
  console.log('');
}
if (runs('rules')) {
  console.log('== dynamic membership rules ==');
  await runRulesBench(log);
  console.log('');
}
if (runs('persistence')) {
  console.log('== persistence (shared 2-core machine: figures move with its load) ==');
  await runPersistenceBench(log);
  console.log('');
}
if (runs('emulator')) {
  console.log('== Graph emulator (HTTP, large seed) ==');
  // In a process of its own: the figures are the server's event loop, with nothing else on it.
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'mocks/server/emulator-bench.ts'], {
    stdio: 'inherit',
  });
  if (run.status !== 0) process.exitCode = run.status ?? 1;
}
if (runs('licensed')) {
  console.log('');
  console.log("== the Cost tab's reads of licensed users (HTTP, large seed) ==");
  // In a process of its own, as the emulator section: the server's event loop alone.
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench/licensed-users.ts'], {
    stdio: 'inherit',
  });
  if (run.status !== 0) process.exitCode = run.status ?? 1;
}
