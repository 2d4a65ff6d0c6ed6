import { runEngineBench } from './engine-bench';
import { runRulesBench } from './rules-bench';

/** `npm run bench`: prints every figure the issues ask for. */
const log = (line: string) => {
  console.log(line);
};
console.log('== licensing engine ==');
runEngineBench(log);
console.log('');
console.log('== dynamic membership rules ==');
await runRulesBench(log);
