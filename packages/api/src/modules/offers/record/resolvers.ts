import type { QuoteRequestRow } from '@mayviet/db';
import type { Context } from '../../../context.ts';
import type { Resolvers } from '../../../graphql/resolvers.generated.ts';
import { forbidden } from '../../accounts/actor.ts';
import { isStaff } from '../access.ts';
import { recordCsv } from './csv.ts';
import { loadProcurementRecord } from './data.ts';

export const recordResolvers: Resolvers = {
  QuoteRequest: {
    procurementRecordCsv: async (request: QuoteRequestRow, args, ctx: Context) => {
      if (isStaff(ctx)) throw forbidden('Association staff do not read the prices vendors offered, so not the procurement record either.');
      const language = args.language === 'EN' ? 'en' : 'vi';
      return recordCsv(await loadProcurementRecord(ctx, request, language), language, ctx.settings.siteUrl ?? '');
    },
  },
};
