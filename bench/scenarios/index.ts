// Every scenario `npm run bench` runs, in order. A later issue adds its file here.
import type { Scenario } from '../harness/scenario.js';
import { dashboard } from './dashboard.js';
import { evaluation } from './evaluation.js';
import { events } from './events.js';
import { foundation } from './foundation.js';
import { hostileUpload } from './hostile-upload.js';
import { respondents } from './respondents.js';
import { surveys } from './surveys.js';

export const scenarios: Scenario[] = [
	foundation,
	events,
	surveys,
	respondents,
	evaluation,
	hostileUpload,
	dashboard
];
