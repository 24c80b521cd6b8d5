import { describe, expect, it } from 'vitest';
import { CliError, EXIT } from '../../src/errors';
import { Ledger } from '../../src/figures/ledger';
import * as msg from '../../src/messages';

const base = {
  indicator: 'south-south-exports',
  entity: 'south',
  period: '2014',
  unit: 'millions of current dollars',
  source: 'cow-trade-4.0',
};

function refusal(add: () => unknown): CliError {
  try {
    add();
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('expected the ledger to refuse the figure');
}

describe('Ledger', () => {
  it('registers a finite number and a missing one', () => {
    const ledger = new Ledger();
    expect(ledger.add({ ...base, value: 4505960, text: '$4,506.0 billion' }).id).toBe('south-south-exports:south:2014');
    expect(ledger.add({ ...base, period: '2012', value: null, text: '..' }).value).toBeNull();
  });

  it('refuses to print a number that is not finite, naming the figure, with exit code 1', () => {
    for (const value of [Infinity, -Infinity, NaN]) {
      const ledger = new Ledger();
      const e = refusal(() => ledger.add({ ...base, value, text: '..' }));
      expect(e.exitCode).toBe(EXIT.data);
      expect(e.message).toBe(msg.nonFiniteFigure('south-south-exports:south:2014', value, '..'));
      expect(e.message).toContain('figure south-south-exports:south:2014');
      expect(ledger.has('south-south-exports:south:2014')).toBe(false);
    }
  });

  it('refuses a text that prints NaN or Infinity, whatever its value', () => {
    const e = refusal(() => new Ledger().add({ ...base, value: 3, text: 'lowest NaN (1990)' }));
    expect(e.message).toBe(msg.nonFiniteFigure('south-south-exports:south:2014', 3, 'lowest NaN (1990)'));
    expect(() => new Ledger().add({ ...base, value: 3, text: '$Infinity billion' })).toThrow(CliError);
  });
});
