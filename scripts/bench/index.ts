import { runEngineBench } from './engine-bench';
import { runPersistenceBench } from './persistence-bench';
import { runRulesBench } from './rules-bench';

/**
 * `npm run bench [-- engine|rules|persistence ...]`: prints every figure the issues ask for
 * (all sections without arguments).
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
}
