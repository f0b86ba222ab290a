/**
 * The request list as a virtualised table (@tanstack/react-virtual) over server-side pages: the
 * scrollbar stands for every matching request, only the rows on screen are in the DOM, and only
 * their pages are fetched. Sorting is the service's.
 */
import { Loader, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { RequestSort } from '../../../src-main/shared/schemas/request';
import { callMethod } from '../../api/call-method';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLang, useT } from '../../i18n/I18nProvider';
import type { SortDirection } from '../breaches/breach-list-query';
import { formatCalendarDate } from '../breaches/paris-time';
import { SortableHeader } from '../breaches/SortableHeader';
import { DueBadge } from './DueBadge';
import { REQUEST_PAGE_SIZE } from './paged-rows';
import type { RequestListBase } from './request-list-query';
import { usePagedRows } from './use-paged-rows';

const ROW_HEIGHT = 40;
const COLUMNS = 8;

interface Props {
  base: RequestListBase;
  onSort: (column: RequestSort) => void;
  sort: RequestSort;
  direction: SortDirection;
}

export function RequestTable({ base, sort, direction, onSort }: Props) {
  const t = useT();
  const [lang] = useLang();
  const scrollRef = useRef<HTMLDivElement>(null);
  const firstInput = { ...base, offset: 0, limit: REQUEST_PAGE_SIZE };
  const first = useQuery({ queryKey: ['request.list', firstInput], queryFn: () => callMethod('request.list', firstInput), staleTime: 30_000 });
  const total = first.data?.total ?? 0;
  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const paged = usePagedRows(base, items[0]?.index ?? 0, items[items.length - 1]?.index ?? 0, first.data ? total : null);
  const baseKey = JSON.stringify(base);
  // New filters or sort: back to the top of the list.
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [baseKey]);

  if (first.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (first.isError) return <ErrorAlert error={first.error} />;

  const header = (column: RequestSort, label: string, className: string) => (
    <SortableHeader plain column={column} sort={sort} direction={direction} onSort={onSort} className={className}>
      {label}
    </SortableHeader>
  );
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  return (
    <>
      <Text size="sm" role="status">
        {t('requests.list.count', { total: total.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB') })}
        {paged.fetching ? ` ${t('requests.list.loadingRows')}` : ''}
      </Text>
      {paged.error && <ErrorAlert error={paged.error} />}
      {total === 0 ? (
        <Text size="sm">{t('requests.list.empty')}</Text>
      ) : (
        <div ref={scrollRef} className="vtable-scroll" role="region" aria-label={t('requests.list.caption')} tabIndex={0}>
          <table className="vtable" aria-rowcount={total + 1}>
            <thead>
              <tr aria-rowindex={1}>
                {header('reference', t('requests.col.reference'), 'col-ref')}
                {header('applicantName', t('requests.col.applicant'), 'col-name')}
                {header('type', t('requests.col.type'), 'col-type')}
                {header('dueDate', t('requests.col.dueDate'), 'col-date')}
                <th scope="col" className="col-due">
                  {t('requests.col.daysLeft')}
                </th>
                {header('state', t('requests.col.state'), 'col-state')}
                {header('receivedAt', t('requests.col.receivedAt'), 'col-date')}
                <th scope="col" className="col-next">
                  {t('requests.col.nextStep')}
                </th>
              </tr>
            </thead>
            <tbody>
              {paddingTop > 0 && (
                <tr aria-hidden="true">
                  <td colSpan={COLUMNS} style={{ height: paddingTop }} />
                </tr>
              )}
              {items.map((item) => {
                const row = paged.rowAt(item.index);
                return (
                  <tr key={item.key} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                    {row ? (
                      <>
                        <td>
                          <Link to={`/demandes/${row.id}`} className="row-link">
                            {row.reference}
                          </Link>
                        </td>
                        <td title={row.subjectName ? t('requests.list.forSubject', { applicant: row.applicantName, subject: row.subjectName }) : row.applicantName}>
                          {row.applicantName}
                        </td>
                        <td title={row.typeLabel[lang]}>{row.typeLabel[lang]}</td>
                        <td>{formatCalendarDate(row.effectiveDueDate, lang, 'medium')}</td>
                        <td>
                          <DueBadge row={row} />
                        </td>
                        <td title={row.stateLabel[lang]}>{row.stateLabel[lang]}</td>
                        <td>{formatCalendarDate(row.receivedDate, lang, 'medium')}</td>
                        <td title={row.nextStep?.fr ?? ''}>{row.nextStep ? row.nextStep.fr : '—'}</td>
                      </>
                    ) : (
                      <td colSpan={COLUMNS} className="muted">
                        {t('requests.list.rowLoading')}
                      </td>
                    )}
                  </tr>
                );
              })}
              {paddingBottom > 0 && (
                <tr aria-hidden="true">
                  <td colSpan={COLUMNS} style={{ height: paddingBottom }} />
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
