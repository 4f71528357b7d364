// Every operation of the API, in the order the reference page presents them.
import { countryOperations } from './countries.js';
import { delphiOperations } from './delphi.js';
import { evaluationOperations } from './evaluation.js';
import { frameworkOperations } from './frameworks.js';
import type { Operation } from './operation.js';
import { organisationOperations } from './organisations.js';
import { personOperations } from './people.js';
import { surveyOperations } from './surveys.js';

export const apiOperations: readonly Operation[] = [
	...Object.values(countryOperations),
	...Object.values(organisationOperations),
	...Object.values(personOperations),
	...Object.values(surveyOperations),
	...Object.values(delphiOperations),
	...Object.values(frameworkOperations),
	...Object.values(evaluationOperations)
];
