// The built-in models, with exactly the codes the CLI, API and acceptance tests use.
import type { ModelSpec } from '../spec/types';
import { HOTLINE_MODELS } from './hotline';
import { HOUSING_MODELS } from './housing';
import { OFFICIAL_MODELS } from './officials';
import { PROCUREMENT_MODELS } from './procurement';

export const BUILT_IN_MODELS: readonly ModelSpec[] = [...HOUSING_MODELS, ...OFFICIAL_MODELS, ...PROCUREMENT_MODELS, ...HOTLINE_MODELS];
