import { migrateDatabase, openDatabase } from '../client.ts';

const database = await openDatabase({ url: process.env.DATABASE_URL, dataDir: process.env.PGLITE_DATA_DIR });
try {
  await migrateDatabase(database);
  console.log(`migrated ${database.driver} database at ${database.location}`);
} finally {
  await database.close();
}
