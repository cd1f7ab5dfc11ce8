import type { ReactNode } from 'react';
import type { WhatIfScenario } from './what-if-scenario';

/** How a route hands the results page (and the catalog it needs) to a feature that shows it under a banner. */
export type RenderResults = (scenario: WhatIfScenario) => ReactNode;
