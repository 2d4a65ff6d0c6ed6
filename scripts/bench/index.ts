import { runEngineBench } from './engine-bench';

/** `npm run bench`: prints every figure the issues ask for. */
const log = (line: string) => { console.log(line); };
console.log('== licensing engine ==');
runEngineBench(log);
