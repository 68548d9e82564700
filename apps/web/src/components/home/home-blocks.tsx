import { OVERVIEW_LAYOUT, type OverviewBlockId, type OverviewResponse } from '@vigil/contracts';
import { Fragment, type ReactNode } from 'react';
import { ActivityCard } from './activity-card';
import { MyCasesCard, UnassignedCard } from './case-cards';
import { DeadlinesCard } from './deadlines-card';
import { DossiersCard } from './dossiers-card';
import { DraftsCard } from './drafts-card';
import { EvictionsTodayCard } from './evictions-today-card';
import { InstanceHealthCard } from './instance-health-card';
import { NeedsCard } from './needs-card';
import { QuickActions } from './quick-actions';
import { SavedFiltersCard } from './saved-filters-card';
import { StockAlertsCard } from './stock-alerts-card';
import { StockHereCard } from './stock-here-card';
import { TrendsCard } from './trends-card';
import { VerifiedIncidentsCard } from './verified-incidents-card';

type Blocks = OverviewResponse['blocks'];

/** Each block the API answered with, as a card; a block absent from the answer is not the reader's. */
function render(id: OverviewBlockId, blocks: Blocks): ReactNode {
  switch (id) {
    case 'quickActions':
      return blocks.quickActions?.length ? (
        <QuickActions actions={blocks.quickActions} locationId={blocks.stockHere?.location?.id ?? null} />
      ) : null;
    case 'deadlines':
      return blocks.deadlines && <DeadlinesCard block={blocks.deadlines} />;
    case 'myCases':
      return blocks.myCases && <MyCasesCard block={blocks.myCases} />;
    case 'unassignedCases':
      return blocks.unassignedCases && <UnassignedCard block={blocks.unassignedCases} />;
    case 'openNeeds':
      return blocks.openNeeds && <NeedsCard block={blocks.openNeeds} />;
    case 'stockAlerts':
      return blocks.stockAlerts && <StockAlertsCard block={blocks.stockAlerts} />;
    case 'recentActivity':
      return blocks.recentActivity && <ActivityCard block={blocks.recentActivity} />;
    case 'trends':
      return blocks.trends && <TrendsCard block={blocks.trends} />;
    case 'myDrafts':
      return blocks.myDrafts && <DraftsCard block={blocks.myDrafts} />;
    case 'evictionsToday':
      return blocks.evictionsToday && <EvictionsTodayCard block={blocks.evictionsToday} />;
    case 'recentVerifiedIncidents':
      return (
        blocks.recentVerifiedIncidents && <VerifiedIncidentsCard block={blocks.recentVerifiedIncidents} />
      );
    case 'savedFilters':
      return blocks.savedFilters && <SavedFiltersCard block={blocks.savedFilters} />;
    case 'dossiers':
      return blocks.dossiers && <DossiersCard block={blocks.dossiers} />;
    case 'stockHere':
      return blocks.stockHere && <StockHereCard block={blocks.stockHere} />;
    case 'instanceHealth':
      return blocks.instanceHealth && <InstanceHealthCard block={blocks.instanceHealth} />;
  }
}

/** The blocks in the order of the role's layout: one column on a phone, two on a desktop. */
export function HomeBlocks({ overview }: { overview: OverviewResponse }) {
  return (
    <div className="grid items-start gap-4 lg:grid-cols-2" data-testid="home-blocks">
      {OVERVIEW_LAYOUT[overview.role].map((id) => (
        <Fragment key={id}>{render(id, overview.blocks)}</Fragment>
      ))}
    </div>
  );
}
