import { jest } from '@jest/globals';
import { HttpError } from 'react-admin';

/**
 * react-query logs every rejected request: in tests about refusals, those expected errors are
 * kept out of the output (anything else still shows). Call in beforeEach; jest.restoreAllMocks undoes it.
 */
export function quietRefusals(): void {
  const originalError = console.error;
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (args[0] instanceof HttpError) return;
    originalError(...args);
  });
}
