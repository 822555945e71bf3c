import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/corpus/open-store.js';
import { articleLayoutContract } from './article-layout.contract.js';
import { eventParticipantsContract } from './event-participants.contract.js';
import { eventsOrderContract } from './events-order.contract.js';
import { searchFilterContract } from './search-filters.contract.js';
import { storeContract } from './store.contract.js';
import { storyMergeContract } from './story-merge.contract.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-sqlite-'));
let n = 0;
storeContract('SQLite', () => openStore(join(dir, `store-${n++}.db`)));
storyMergeContract('SQLite', () => openStore(join(dir, `store-${n++}.db`)));
searchFilterContract('SQLite', () => openStore(join(dir, `store-${n++}.db`)));
eventParticipantsContract('SQLite', () => Promise.resolve(join(dir, `store-${n++}.db`)));
eventsOrderContract('SQLite', () => openStore(join(dir, `store-${n++}.db`)));
articleLayoutContract('SQLite', () => Promise.resolve(join(dir, `store-${n++}.db`)));
