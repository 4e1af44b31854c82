import { branches } from './branches';
import { members } from './members';
import { org } from './org';
import { overview } from './overview';
import { topics } from './topics';
import type { Dashboard, DashboardId } from './types';
import { work } from './work';

export const DASHBOARDS: Record<DashboardId, Dashboard> = { overview, branches, members, topics, work, org };
/** The pages in the navigation, in order. */
export const NAV: readonly Dashboard[] = [overview, branches, members, topics, work];
