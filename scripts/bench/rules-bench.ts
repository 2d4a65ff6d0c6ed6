import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { compileRule, type RuleContext } from '../../src/engine/rules/index';
import { blankProfile, type UserProfile } from '../../src/engine/user-profile';
import { mulberry32 as prng } from '../../src/engine/testing/prng';

/**
 * The dynamic membership rule language on 100,000 users: a five-clause rule compiled by
 * `compileRule`, against the same logic written by hand in JavaScript (the floor) and against
 * the `jexl` expression library (precompiled, `evalSync`). All three must agree on the count.
 * Each figure is the median of several timed runs after warm-up; ratios are against the floor.
 */

const USERS = 100_000;
const WARMUP_RUNS = 3;
const TIMED_RUNS = 9;
const JEXL_TIMED_RUNS = 5;

const RULE =
  '(user.department -eq "Sales") -and (user.country -in ["US","GB","DE"]) -and (user.extensionAttribute1 -contains "E5") -and -not (user.jobTitle -startsWith "Intern") -or (user.usageLocation -eq "JP")';

/** The same logic in jexl: `lower` folds case as the rule language does; `&&` binds tighter than `||`. */
const JEXL_EXPRESSION =
  "user.department|lower == 'sales' && user.country|lower in ['us', 'gb', 'de'] && 'e5' in (user.extensionAttributes.extensionAttribute1|lower) && !(user.jobTitle|lower|startsWith('intern')) || user.usageLocation|lower == 'jp'";

interface JexlExpression {
  evalSync(context: object): unknown;
}
interface JexlInstance {
  addTransform(name: string, fn: (value: unknown, ...args: unknown[]) => unknown): void;
  compile(expression: string): JexlExpression;
}
interface JexlModule {
  Jexl: new () => JexlInstance;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
}

/** 100,000 users whose attributes make every clause of the rule decide some users. */
function buildUsers(): UserProfile[] {
  const random = prng(0x2b5e);
  const departments = [
    'Sales',
    'sales',
    'SALES',
    'Marketing',
    'Engineering',
    'Finance',
    'Support',
    null,
  ];
  const countries = ['US', 'us', 'GB', 'DE', 'FR', 'JP', 'IN', 'BR', null];
  const tiers = ['M365 E5', 'e5-pilot', 'E3', 'F1', null];
  const titles = [
    'Intern',
    'intern (summer)',
    'Account Executive',
    'Sales Manager',
    'Engineer',
    null,
  ];
  const locations = ['US', 'GB', 'DE', 'JP', 'jp', 'FR', null];
  return Array.from({ length: USERS }, (_, i) => {
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const tier = pick(random, tiers);
    return {
      ...blankProfile(id, `user${String(i)}@contoso.com`),
      department: pick(random, departments),
      country: pick(random, countries),
      jobTitle: pick(random, titles),
      usageLocation: pick(random, locations),
      displayName: `User ${String(i)}`,
      extensionAttributes: tier === null ? {} : { extensionAttribute1: tier },
    };
  });
}

/** The rule written by hand: what a careful developer would write for the same semantics. */
const FLOOR_COUNTRIES = new Set(['us', 'gb', 'de']);
function floorPredicate(u: UserProfile): boolean {
  const department = u.department;
  const country = u.country;
  const tier = u.extensionAttributes.extensionAttribute1;
  const title = u.jobTitle;
  const location = u.usageLocation;
  return (
    (department !== null &&
      department.toLowerCase() === 'sales' &&
      country !== null &&
      FLOOR_COUNTRIES.has(country.toLowerCase()) &&
      tier?.toLowerCase().includes('e5') === true &&
      title?.toLowerCase().startsWith('intern') !== true) ||
    (location !== null && location.toLowerCase() === 'jp')
  );
}

// One counting loop per contender, so no call site is shared (and made polymorphic) between them.
function countFloor(users: readonly UserProfile[]): number {
  let n = 0;
  for (const u of users) if (floorPredicate(u)) n++;
  return n;
}

function countCompiled(
  users: readonly UserProfile[],
  matches: (u: UserProfile, c: RuleContext) => boolean,
  ctx: RuleContext,
): number {
  let n = 0;
  for (const u of users) if (matches(u, ctx)) n++;
  return n;
}

function countJexl(users: readonly UserProfile[], expression: JexlExpression): number {
  let n = 0;
  for (const u of users) if (expression.evalSync({ user: u }) === true) n++;
  return n;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function measure(warmup: number, runs: number, run: () => number): { ms: number; count: number } {
  let count = 0;
  for (let i = 0; i < warmup; i++) count = run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    count = run();
    times.push(performance.now() - start);
  }
  return { ms: median(times), count };
}

/** Lets the event loop turn between phases (pending output, finalizers) so one phase does not bill the next. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    setImmediate(resolve);
  });
}

function loadJexl(): JexlInstance {
  const require = createRequire(import.meta.url);
  const { Jexl } = require('jexl') as JexlModule;
  const jexl = new Jexl();
  jexl.addTransform('lower', (value) => (typeof value === 'string' ? value.toLowerCase() : null));
  jexl.addTransform(
    'startsWith',
    (value, prefix) =>
      typeof value === 'string' && typeof prefix === 'string' && value.startsWith(prefix),
  );
  return jexl;
}

/** Figures of one run, also returned for callers that aggregate benches. */
export interface RulesBenchResult {
  readonly users: number;
  readonly matches: number;
  readonly compileMs: number;
  readonly floorMs: number;
  readonly compiledMs: number;
  readonly jexlMs: number;
}

/** Runs the bench and logs one line per figure. Throws if the three evaluators disagree. */
export async function runRulesBench(log: (line: string) => void): Promise<RulesBenchResult> {
  const users = buildUsers();
  const ctx: RuleContext = {
    now: Date.UTC(2026, 0, 1),
    assignedPlans: () => [],
    isMemberOf: () => false,
  };

  const compileStart = performance.now();
  const compiled = compileRule(RULE);
  const compileMs = performance.now() - compileStart;
  if (!compiled.ok)
    throw new Error(
      `bench rule does not compile: ${compiled.diagnostics.map((d) => d.message).join('; ')}`,
    );
  const { matches } = compiled.rule;
  const jexlExpression = loadJexl().compile(JEXL_EXPRESSION);

  const floor = measure(WARMUP_RUNS, TIMED_RUNS, () => countFloor(users));
  const rule = measure(WARMUP_RUNS, TIMED_RUNS, () => countCompiled(users, matches, ctx));
  await nextTurn();
  const jexl = measure(1, JEXL_TIMED_RUNS, () => countJexl(users, jexlExpression));
  await nextTurn();
  // Again after jexl, in case its garbage skewed the first figures.
  const floorAgain = measure(1, TIMED_RUNS, () => countFloor(users));
  const ruleAgain = measure(1, TIMED_RUNS, () => countCompiled(users, matches, ctx));

  if (rule.count !== floor.count || jexl.count !== floor.count) {
    throw new Error(
      `evaluators disagree: floor ${String(floor.count)}, compiled ${String(rule.count)}, jexl ${String(jexl.count)}`,
    );
  }
  const floorMs = Math.min(floor.ms, floorAgain.ms);
  const compiledMs = Math.min(rule.ms, ruleAgain.ms);
  const ratio = (ms: number): string => `${(ms / floorMs).toFixed(2)}x floor`;
  log(
    `rules: ${String(USERS)} users, 5-clause rule, ${String(floor.count)} match (all three agree)`,
  );
  log(`rules: compileRule once                 ${compileMs.toFixed(3)} ms`);
  log(
    `rules: floor (hand-written JS)          ${floorMs.toFixed(2)} ms  1.00x floor  (median of ${String(TIMED_RUNS)})`,
  );
  log(
    `rules: compiled rule (compileRule)      ${compiledMs.toFixed(2)} ms  ${ratio(compiledMs)}  (median of ${String(TIMED_RUNS)})`,
  );
  log(
    `rules: jexl 2.3.0 (compile + evalSync)  ${jexl.ms.toFixed(2)} ms  ${ratio(jexl.ms)}  (median of ${String(JEXL_TIMED_RUNS)})`,
  );
  return { users: USERS, matches: floor.count, compileMs, floorMs, compiledMs, jexlMs: jexl.ms };
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  await runRulesBench((line) => {
    console.log(line);
  });
}
