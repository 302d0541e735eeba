import { describe, expect, it } from '@jest/globals';
import { reportable } from './embedded-postgres.js';

describe('the embedded PostgreSQL log', () => {
  it('keeps quiet about the connections a clean stop closes, and reports anything else', () => {
    expect(reportable('2026-12-02 05:07:58.224 UTC [23191] FATAL:  terminating connection due to administrator command')).toBe(
      false,
    );
    expect(reportable('2026-12-02 05:07:58.224 UTC [23191] FATAL:  password authentication failed for user "postgres"')).toBe(
      true,
    );
    expect(reportable('database system is ready to accept connections')).toBe(true);
  });
});
