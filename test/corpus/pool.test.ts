import { describe, expect, it } from 'vitest';
import { AnalysisPool } from '../../src/corpus/pool.js';
import { buildPipeline } from '../../src/pipeline/pipeline.js';
import { textPasses } from '../../src/pipeline/default.js';
import { ROUND11 } from './fixtures.js';

describe('analysis pool', () => {
  it('returns rows serialised by the worker and reports each worker’s bounded heap', async () => {
    const pool = new AnalysisPool(1, new URL('./fixtures/text-only-pipeline.ts', import.meta.url).href);
    try {
      const prepared = await pool.run({ input: ROUND11, origin: 'r11', format: null });
      expect(typeof prepared.analysis_json).toBe('string');
      expect((JSON.parse(prepared.analysis_json) as { text: string }).text.length).toBeGreaterThan(100);
      expect(prepared.index_len).toBe(prepared.index_terms.split(' ').length);
      expect((JSON.parse(prepared.index_offsets_json) as unknown[]).length).toBe(prepared.index_len);
      const [memory] = await pool.memory();
      expect(memory!.heap_used_mb).toBeGreaterThan(1);
      expect(memory!.heap_used_mb).toBeLessThan(memory!.heap_limit_mb);
      // The limit set on the worker (1024 MB old generation by default), not the process's default.
      expect(memory!.heap_limit_mb).toBeGreaterThanOrEqual(1024);
      expect(memory!.heap_limit_mb).toBeLessThan(1536);
    } finally {
      await pool.close();
    }
  });

  it('hands a worker several articles ahead; when it dies, only the one it was on fails', async () => {
    const pool = new AnalysisPool(1, new URL('./fixtures/crashing-text-pipeline.ts', import.meta.url).href);
    try {
      // All five are sent to the one worker at once; the second kills it.
      const bodies = [
        'نص أول عن الزراعة.',
        'هذا المقال CRASH-ME يوقع العامل.',
        'نص ثالث.',
        'نص رابع.',
        'نص خامس.',
      ];
      const results = await Promise.allSettled(
        bodies.map((body, i) =>
          pool.run({ input: { id: `p${i}`, title: '', body }, origin: `p${i}`, format: null }),
        ),
      );
      expect(results.map((r) => r.status)).toEqual([
        'fulfilled',
        'rejected',
        'fulfilled',
        'fulfilled',
        'fulfilled',
      ]);
      expect((results[1] as PromiseRejectedResult).reason).toMatchObject({
        code: 'ANALYSIS_CRASHED',
        subject: 'p1',
      });
      // Those the dead worker had not started were analysed by its replacement, each once and in full.
      expect(results.map((r) => (r.status === 'fulfilled' ? r.value.id : null))).toEqual([
        'p0',
        null,
        'p2',
        'p3',
        'p4',
      ]);
    } finally {
      await pool.close();
    }
  });

  it('reports the version of the pipeline its workers run, without building one on the main thread', async () => {
    const pool = new AnalysisPool(2, new URL('./fixtures/text-only-pipeline.ts', import.meta.url).href);
    try {
      expect(await pool.version()).toBe(buildPipeline(textPasses()).version);
    } finally {
      await pool.close();
    }
  });
});
