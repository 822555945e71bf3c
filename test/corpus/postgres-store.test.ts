import { afterAll, beforeAll } from 'vitest';
import { openStore } from '../../src/corpus/open-store.js';
import { articleLayoutContract } from './article-layout.contract.js';
import { eventParticipantsContract } from './event-participants.contract.js';
import { eventsOrderContract } from './events-order.contract.js';
import { searchFilterContract } from './search-filters.contract.js';
import { storeContract } from './store.contract.js';
import { storyMergeContract } from './story-merge.contract.js';
import { startPostgres, type PgServer } from './pg-server.js';

let server: PgServer;
beforeAll(async () => {
  server = await startPostgres();
});
afterAll(async () => {
  await server.stop();
});

storeContract('PostgreSQL', async () => openStore(await server.createDatabase()));
storyMergeContract('PostgreSQL', async () => openStore(await server.createDatabase()));
searchFilterContract('PostgreSQL', async () => openStore(await server.createDatabase()));
eventParticipantsContract('PostgreSQL', () => server.createDatabase());
eventsOrderContract('PostgreSQL', async () => openStore(await server.createDatabase()));
articleLayoutContract('PostgreSQL', () => server.createDatabase());
