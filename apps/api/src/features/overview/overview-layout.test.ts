import {
  OVERVIEW_BLOCK_PERMISSIONS,
  OVERVIEW_LAYOUT,
  QUICK_ACTIONS,
  ROLES,
  overviewBlocksFor,
  quickActionsFor,
} from '@vigil/contracts';

describe('the overview layout and the permission table', () => {
  it.each(ROLES.map((role) => [role]))('%s: the layout names only blocks its permissions allow', (role) => {
    // The layout narrows; were it to name a block the table refuses, that block would silently vanish.
    expect(overviewBlocksFor(role)).toEqual(OVERVIEW_LAYOUT[role]);
  });

  it('no block is left without a role', () => {
    const laidOut = new Set(Object.values(OVERVIEW_LAYOUT).flat());
    expect(Object.keys(OVERVIEW_BLOCK_PERMISSIONS).filter((block) => !laidOut.has(block as never))).toEqual(
      [],
    );
  });

  it('quick actions follow the write permissions', () => {
    expect(quickActionsFor('volunteer')).toEqual(['record_donation', 'record_distribution']);
    expect(quickActionsFor('legal_observer')).toEqual(['record_eviction', 'record_incident']);
    expect(quickActionsFor('coordinator')).toEqual([...QUICK_ACTIONS]);
    expect(quickActionsFor('lawyer')).toEqual([]);
    expect(quickActionsFor('admin')).toEqual([]);
  });
});
