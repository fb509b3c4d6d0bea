// Why each composed line is there and what blocks a composition, in Vietnamese and English (docs/STACKS.md
// quotes these sentences). Money is written the Vietnamese way in both languages, as the site writes it.
import type { CategoryRow, StackFacts, VendorRow } from '@mayviet/db';
import { requirementFact } from '../stacks/evaluation.ts';
import type { EvaluationOptions } from '../stacks/evaluator.ts';
import type { EvaluatedStack } from '../stacks/model.ts';
import { formatVnd } from '../stacks/money.ts';
import type { ComposeConstraints, ComposedAlternative, ComposedLine, CompositionBlocker, StackLayer } from './problem.ts';

interface Texts {
  message: string;
  messageEn: string;
}

const counts = { vi: new Intl.NumberFormat('vi-VN'), en: new Intl.NumberFormat('en-GB') };

/** "4 máy chủ", "1,000 servers", "1 server". */
function amountOf(quantity: number, category: CategoryRow): Texts {
  return {
    message: `${counts.vi.format(quantity)} ${category.unitName}`,
    messageEn: `${counts.en.format(quantity)} ${quantity === 1 ? category.unitNameEnOne : category.unitNameEn}`,
  };
}

/** A list in a sentence: "a, b và c" / "a, b and c". */
function joined(items: readonly string[], and: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

const layerNames: Record<StackLayer, { vi: string; en: string }> = {
  SECURITY: { vi: 'bảo mật', en: 'security' },
  BACKUP: { vi: 'sao lưu', en: 'backup' },
  MONITORING: { vi: 'giám sát', en: 'monitoring' },
};

/** Why one line of an alternative is there. */
export function explainLine(
  line: ComposedLine,
  alternative: ComposedAlternative,
  stack: EvaluatedStack,
  facts: StackFacts,
  categories: ReadonlyMap<number, CategoryRow>,
  options: EvaluationOptions,
): Texts {
  const category = categories.get(line.categoryId)!;
  switch (line.purpose) {
    case 'NEED': {
      const amount = amountOf(line.quantity, category);
      return { message: `Phục vụ nhu cầu «${category.name}»: ${amount.message}`, messageEn: `Serves the need ${category.nameEn}: ${amount.messageEn}` };
    }
    case 'SECOND_SITE': {
      const amount = amountOf(line.quantity, category);
      const cityOf = (planId: string) => new Set(stack.lines[alternative.lines.findIndex((other) => other.planId === planId)]!.plan.dataCenterIds);
      const ownIds = cityOf(line.planId);
      const partner = alternative.lines.find((other) => other.purpose === 'NEED' && other.redundancyGroup === line.redundancyGroup);
      const partnerCities = new Set(facts.dataCenters.filter((dc) => partner && cityOf(partner.planId).has(dc.id)).map((dc) => dc.city));
      const own = [...new Set(facts.dataCenters.filter((dc) => ownIds.has(dc.id)).map((dc) => dc.city))];
      const cities = own.filter((city) => !partnerCities.has(city));
      const shown = cities.length > 0 ? cities : own;
      return {
        message: `Địa điểm thứ hai cho nhu cầu «${category.name}» (${amount.message}), ở ${joined(shown, 'và')}`,
        messageEn: `Second site for the need ${category.nameEn} (${amount.messageEn}), in ${joined(shown, 'and')}`,
      };
    }
    case 'REQUIREMENT': {
      const vendors = new Map(facts.vendors.map((vendor) => [vendor.id, vendor]));
      const byCategory = new Map(facts.categories.map((row) => [row.id, row]));
      const reasons = line.requiredBy.map(({ planId, requirementIndex }) => {
        const requirer = facts.lines.find((row) => row.id === planId)!;
        const name = { vi: requirer.offering.name, en: requirer.offering.nameEn ?? requirer.offering.name };
        const requirement = requirementIndex === null ? undefined : requirer.requirements[requirementIndex];
        if (!requirement) return { message: `nơi cài đặt «${name.vi}»`, messageEn: `hosts ${name.en}` };
        const fact = requirementFact(requirement, byCategory, vendors, options);
        return { message: `«${name.vi}» cần ${fact.description}`, messageEn: `${name.en} needs ${fact.descriptionEn}` };
      });
      return {
        message: `Đáp ứng yêu cầu: ${reasons.map((r) => r.message).join('; ')}`,
        messageEn: `Meets a requirement: ${reasons.map((r) => r.messageEn).join('; ')}`,
      };
    }
    case 'LAYER': {
      const layer = layerNames[line.layer!];
      return {
        message: `Lớp ${layer.vi} mà mọi bộ giải pháp nên có («${category.name}»)`,
        messageEn: `The ${layer.en} layer every stack should have (${category.nameEn})`,
      };
    }
  }
}

/** "99,95%" / "99.95%". */
function percent(value: string): { vi: string; en: string } {
  return { vi: `${value.replace('.', ',')}%`, en: `${value}%` };
}

/** What cannot hold, and the words of its relaxation, for each constraint a blocker names. */
function constraintTexts(
  blocker: CompositionBlocker,
  constraints: ComposeConstraints,
  excluded: readonly VendorRow[],
  categories: ReadonlyMap<number, CategoryRow>,
): { cannot: Texts; relax: Texts } {
  const framework = constraints.verifiedFramework ?? '';
  switch (blocker.constraint) {
    case 'NEED': {
      const category = categories.get(blocker.categoryId!)!;
      return {
        cannot: {
          message: `Không có dịch vụ nào trên sàn phục vụ nhu cầu «${category.name}» tính theo ${category.unitName}`,
          messageEn: `No published offering serves the need ${category.nameEn}, counted in ${category.unitNameEn}`,
        },
        relax: { message: '', messageEn: '' },
      };
    }
    case 'DATA_IN_VIETNAM':
      return {
        cannot: { message: 'Không có bộ giải pháp nào giữ toàn bộ dữ liệu ở Việt Nam', messageEn: 'No stack keeps all its data in Vietnam' },
        relax: { message: 'Nếu cho phép dữ liệu ở ngoài Việt Nam', messageEn: 'With data outside Vietnam allowed' },
      };
    case 'DOMESTIC_ONLY':
      return {
        cannot: { message: 'Không có bộ giải pháp nào chỉ gồm nhà cung cấp trong nước', messageEn: 'No stack uses domestic vendors only' },
        relax: { message: 'Nếu cho phép cả nhà cung cấp nước ngoài', messageEn: 'With foreign vendors allowed' },
      };
    case 'VERIFIED_FRAMEWORK':
      return {
        cannot: {
          message: `Không có bộ giải pháp nào mà mọi dòng đều có chứng nhận ${framework} đã xác minh`,
          messageEn: `No stack has a verified ${framework} attestation on every line`,
        },
        relax: { message: `Nếu không đòi hỏi chứng nhận ${framework}`, messageEn: `Without requiring ${framework}` },
      };
    case 'MIN_AVAILABILITY': {
      const minimum = percent(constraints.minAvailability ?? '0');
      return {
        cannot: {
          message: `Không có bộ giải pháp nào đạt độ sẵn sàng tối thiểu ${minimum.vi}`,
          messageEn: `No stack reaches the minimum availability of ${minimum.en}`,
        },
        relax: { message: 'Nếu bỏ yêu cầu độ sẵn sàng tối thiểu', messageEn: 'Without the minimum availability' },
      };
    }
    case 'MAX_MONTHLY_TOTAL': {
      const budget = formatVnd(constraints.maxMonthlyTotal ?? 0n);
      return {
        cannot: {
          message: `Không có bộ giải pháp nào trong ngân sách ${budget} / tháng`,
          messageEn: `No stack fits the budget of ${budget} / month`,
        },
        relax: { message: 'Nếu vượt ngân sách hằng tháng', messageEn: 'Over the monthly budget' },
      };
    }
    case 'MAX_FIRST_YEAR_TOTAL': {
      const budget = formatVnd(constraints.maxFirstYearTotal ?? 0n);
      return {
        cannot: {
          message: `Không có bộ giải pháp nào trong ngân sách năm đầu ${budget}`,
          messageEn: `No stack fits the first-year budget of ${budget}`,
        },
        relax: { message: 'Nếu vượt ngân sách năm đầu', messageEn: 'Over the first-year budget' },
      };
    }
    case 'EXCLUDE_VENDORS': {
      const names = excluded.map((vendor) => vendor.name);
      return {
        cannot: {
          message: `Không có bộ giải pháp nào tránh được các nhà cung cấp đã loại trừ (${joined(names, 'và')})`,
          messageEn: `No stack avoids the excluded vendors (${joined(names, 'and')})`,
        },
        relax: { message: 'Nếu dùng lại các nhà cung cấp đã loại trừ', messageEn: 'With the excluded vendors allowed' },
      };
    }
    case 'REQUIRE_SECOND_SITE':
      return {
        cannot: {
          message: 'Không có bộ giải pháp nào phục vụ mọi nhu cầu từ hai địa điểm ở hai thành phố',
          messageEn: 'No stack serves every need from two sites in different cities',
        },
        relax: { message: 'Nếu không đòi hỏi địa điểm thứ hai', messageEn: 'Without a second site' },
      };
    case 'MAX_VENDORS': {
      const n = constraints.maxVendors ?? 0;
      return {
        cannot: { message: `Không có bộ giải pháp nào dùng tối đa ${n} nhà cung cấp`, messageEn: `No stack uses at most ${n} vendors` },
        relax: { message: `Nếu dùng nhiều hơn ${n} nhà cung cấp`, messageEn: `With more than ${n} vendors` },
      };
    }
    case 'LAYERS': {
      const layers = constraints.layers.map((layer) => layerNames[layer]);
      return {
        cannot: {
          message: `Không có bộ giải pháp nào có đủ các lớp ${joined(
            layers.map((l) => l.vi),
            'và',
          )}`,
          messageEn: `No stack has the ${joined(
            layers.map((l) => l.en),
            'and',
          )} layers`,
        },
        relax: { message: 'Nếu bỏ các lớp này', messageEn: 'Without these layers' },
      };
    }
    case 'COMBINATION':
      return {
        cannot: { message: 'Nới riêng một ràng buộc nào cũng chưa đủ', messageEn: 'No single constraint relaxed is enough' },
        relax: { message: 'Nếu nới mọi ràng buộc', messageEn: 'With all the constraints relaxed' },
      };
  }
}

/** What blocks, and what relaxing it costs: "… Nếu cho phép dữ liệu ở ngoài Việt Nam: 4.200.000 ₫ / tháng, 50.400.000 ₫ năm đầu." */
export function explainBlocker(
  blocker: CompositionBlocker,
  constraints: ComposeConstraints,
  excluded: readonly VendorRow[],
  categories: ReadonlyMap<number, CategoryRow>,
): Texts {
  const { cannot, relax } = constraintTexts(blocker, constraints, excluded, categories);
  if (blocker.constraint === 'NEED') return { message: `${cannot.message}.`, messageEn: `${cannot.messageEn}.` };
  if (blocker.relaxed === null) {
    return blocker.constraint === 'COMBINATION'
      ? { message: `${cannot.message}; nới mọi ràng buộc cũng không soạn được.`, messageEn: `${cannot.messageEn}; even with all of them relaxed, nothing can be composed.` }
      : { message: `${cannot.message}; chỉ nới ràng buộc này thì chưa đủ.`, messageEn: `${cannot.messageEn}; relaxing it alone is not enough.` };
  }
  const monthly = formatVnd(blocker.relaxed.monthlyTotal);
  const firstYear = formatVnd(blocker.relaxed.firstYearTotal);
  return {
    message: `${cannot.message}. ${relax.message}: ${monthly} / tháng, ${firstYear} năm đầu.`,
    messageEn: `${cannot.messageEn}. ${relax.messageEn}: ${monthly} / month, ${firstYear} the first year.`,
  };
}

/** Cheapest relaxation first (by first-year total); those no relaxation clears after, in the optimizer's order. */
export function cheapestRelaxationFirst<T extends { blocker: CompositionBlocker }>(views: readonly T[]): T[] {
  const cost = (view: T) => view.blocker.relaxed?.firstYearTotal ?? null;
  return [...views].sort((a, b) => {
    const [x, y] = [cost(a), cost(b)];
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}
