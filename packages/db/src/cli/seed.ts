import { migrateDatabase, openDatabase } from '../client.ts';
import { describeSeedReport, seedCatalog } from '../seed/seed.ts';

// It migrates first, so it runs as the owner of the schema when MIGRATION_DATABASE_URL names one.
const database = await openDatabase({ url: process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL, dataDir: process.env.PGLITE_DATA_DIR });
try {
  await migrateDatabase(database);
  const report = await seedCatalog(database.db);
  console.log(`seeded ${database.driver} database at ${database.location}: ${describeSeedReport(report)}`);
} finally {
  await database.close();
}
