/**
 * The importer as the page loads it (on first use, and in the import worker): the core's
 * `importGraphFileWithReport`, with zod told not to probe for `eval`, which the page's
 * Content-Security-Policy forbids (the probe would be reported as a violation).
 */
import { config } from 'zod';

config({ jitless: true });

export { createImport, importGraphFileWithReport } from '../io/import';
