import fc from 'fast-check';
import { advise } from '../src/domain/advise';
import type { Answers } from '../src/domain/answers';
import { loadContent } from '../src/node/load-content';
import { completeAnswers } from '../tests/fixtures/answers-arbitrary';

/** Times `advise` one call at a time and reports the median and p99 in microseconds. */
const content = loadContent();
const randomCount = 100_000;
const random = fc.sample(completeAnswers(content.questionnaire), {
  numRuns: randomCount,
  seed: 42,
});
const presets = content.presets.map((preset) => preset.answers);

function timeCalls(inputs: readonly Answers[], repeat: number): number[] {
  const times: number[] = [];
  for (let round = 0; round < repeat; round++) {
    for (const answers of inputs) {
      const start = process.hrtime.bigint();
      advise(answers, content);
      times.push(Number(process.hrtime.bigint() - start) / 1_000);
    }
  }
  return times.sort((a, b) => a - b);
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

function report(label: string, times: readonly number[]) {
  const median = percentile(times, 50).toFixed(1);
  const p99 = percentile(times, 99).toFixed(1);
  console.log(
    `${label.padEnd(34)} calls ${String(times.length).padStart(7)}  median ${median} µs  p99 ${p99} µs`,
  );
}

timeCalls(random.slice(0, 5_000), 1); // warm up the JIT before measuring
report(`presets (${presets.length}) x 1,000`, timeCalls(presets, 1_000));
report(`random valid answer sets`, timeCalls(random, 1));
