import { describe, expect, it } from 'vitest';
import { AnalysisPool } from '../../src/corpus/pool.js';
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
});
