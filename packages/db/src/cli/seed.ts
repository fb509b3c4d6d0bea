import { migrateDatabase, openDatabase } from '../client.ts';
import { describeSeedReport, seedCatalog } from '../seed/seed.ts';

const database = await openDatabase({ url: process.env.DATABASE_URL, dataDir: process.env.PGLITE_DATA_DIR });
try {
  await migrateDatabase(database);
  const report = await seedCatalog(database.db);
  console.log(`seeded ${database.driver} database at ${database.location}: ${describeSeedReport(report)}`);
} finally {
  await database.close();
}
