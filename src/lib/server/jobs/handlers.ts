// Every background job MHub runs: its queue's name and the function that does the work.
import { panelMailJob, sendPanelMail } from '../delphi/mail-panel.js';
import { refreshChangedSummaries, summaryRefreshJob } from '../evaluation/summary.js';
import {
	deleteStalePreviews,
	participantImportJob,
	previewCleanupJob,
	runParticipantImport
} from '../events/participant-import.js';
import type { JobHandlers } from './queue.js';

export const jobHandlers: JobHandlers = {
	[participantImportJob]: (data) => runParticipantImport(String(data.importId)),
	[panelMailJob]: sendPanelMail,
	// Every hour, previews nobody confirmed within a day go, with their files.
	[previewCleanupJob]: { run: async () => void (await deleteStalePreviews()), cron: '23 * * * *' },
	// Every minute, the evaluation summaries of events whose answers or people changed since.
	[summaryRefreshJob]: { run: async () => void (await refreshChangedSummaries()), cron: '* * * * *' }
};
