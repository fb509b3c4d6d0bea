import { migrateDatabase, openDatabase } from '../client.ts';

// Migrations run as the owner of the schema; DATABASE_URL may be the server's runtime role.
const database = await openDatabase({ url: process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL, dataDir: process.env.PGLITE_DATA_DIR });
try {
  await migrateDatabase(database);
  console.log(`migrated ${database.driver} database at ${database.location}`);
} finally {
  await database.close();
}
