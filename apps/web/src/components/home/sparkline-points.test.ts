import { sparklinePoints } from './sparkline-points';

describe('sparklinePoints', () => {
  it('spreads the days across the width, the largest value at the top', () => {
    expect(sparklinePoints([0, 2, 4], 104, 24)).toEqual([
      [2, 22],
      [52, 12],
      [102, 2],
    ]);
  });

  it('lays a quiet month flat on the bottom', () => {
    expect(sparklinePoints([0, 0, 0, 0], 32, 20).map(([, y]) => y)).toEqual([18, 18, 18, 18]);
  });

  it('keeps a single day and an empty series drawable', () => {
    expect(sparklinePoints([3], 50, 20)).toEqual([[2, 2]]);
    expect(sparklinePoints([], 50, 20)).toEqual([]);
  });
});
