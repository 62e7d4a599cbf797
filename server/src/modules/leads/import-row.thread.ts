// A thread of ImportRowValidator: normalizePhone() for each phone cell of each chunk it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import type { CountryCode } from 'libphonenumber-js';
import { normalizePhone } from './lead-fields';

const defaultCountry = workerData as CountryCode;

parentPort!.on('message', ({ id, phones }: { id: number; phones: string[] }) => {
  parentPort!.postMessage({ id, phones: phones.map((raw) => (raw ? normalizePhone(raw, defaultCountry) : null)) });
});
