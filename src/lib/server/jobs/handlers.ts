// Every background job MHub runs: its queue's name and the function that does the work.
import { evaluationMail } from '../../evaluation/mail.js';
import { panelMailJob, sendPanelMail } from '../delphi/mail-panel.js';
import { evaluationMailJob, sendDueEvaluationMail } from '../evaluation/mailings.js';
import { refreshChangedSummaries, summaryRefreshJob } from '../evaluation/summary.js';
import {
	deleteStalePreviews,
	participantImportJob,
	previewCleanupJob,
	runParticipantImport
} from '../events/participant-import.js';
import { absoluteLink } from '../web/links.js';
import type { JobHandlers } from './queue.js';

export const jobHandlers: JobHandlers = {
	[participantImportJob]: (data) => runParticipantImport(String(data.importId)),
	[panelMailJob]: sendPanelMail,
	// Every hour, previews nobody confirmed within a day go, with their files.
	[previewCleanupJob]: { run: async () => void (await deleteStalePreviews()), cron: '23 * * * *' },
	// Every ten minutes, the evaluation plans' due mails (openings, reminders), each sent once. No web
	// request composes them: the job writes them in each participant's language itself.
	[evaluationMailJob]: {
		run: async () => void (await sendDueEvaluationMail(evaluationMail(absoluteLink))),
		cron: '*/10 * * * *'
	},
	// Every minute, the evaluation summaries of events whose answers or people changed since.
	[summaryRefreshJob]: { run: async () => void (await refreshChangedSummaries()), cron: '* * * * *' }
};
