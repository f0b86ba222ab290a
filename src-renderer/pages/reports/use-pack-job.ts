/**
 * One audit-pack generation, driven from the page: start (`report.auditPackStart`), progress read
 * every half second (`report.jobStatus`), cancel (`report.jobCancel`), then the ZIP collected once
 * (`report.jobResult`) and saved. The job id is kept for the browser tab (sessionStorage) so that
 * leaving the page and coming back finds the generation where it is.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FileOutput } from '../../../src-main/shared/schemas/common';
import type { JobStatus } from '../../../src-main/shared/schemas/pack';
import { callMethod } from '../../api/call-method';
import { downloadFile } from '../../api/download-file';
import { POLL_MS, shouldPoll } from './pack-job-view';

const STORAGE_KEY = 'dpo.auditPackJob';

function storedJob(): string | null {
  try {
    return globalThis.sessionStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

function storeJob(id: string | null): void {
  try {
    if (id) globalThis.sessionStorage?.setItem(STORAGE_KEY, id);
    else globalThis.sessionStorage?.removeItem(STORAGE_KEY);
  } catch {
    // Storage refused: the job is followed while the page stays open.
  }
}

export interface PackJob {
  jobId: string | null;
  status: JobStatus | undefined;
  statusError: Error | null;
  /** The ZIP once collected (kept so it can be saved again). */
  file: FileOutput | null;
  collectError: unknown;
  start: (spec: string) => Promise<void>;
  cancel: () => Promise<void>;
  save: () => void;
  reset: () => void;
}

export function usePackJob(): PackJob {
  const client = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(storedJob);
  const [file, setFile] = useState<FileOutput | null>(null);
  const [collectError, setCollectError] = useState<unknown>(null);
  const collecting = useRef<string | null>(null);
  const status = useQuery<JobStatus, Error>({
    queryKey: ['report.jobStatus', { jobId }],
    queryFn: () => callMethod('report.jobStatus', { jobId: jobId ?? '' }),
    enabled: jobId !== null,
    staleTime: 0,
    refetchInterval: (query) => (shouldPoll(query.state.data) && query.state.error === null ? POLL_MS : false),
  });

  // Done: collect the ZIP once (the service hands it over once and logs the handover).
  useEffect(() => {
    const s = status.data;
    if (!jobId || s?.state !== 'done' || collecting.current === jobId) return;
    collecting.current = jobId;
    callMethod('report.jobResult', { jobId })
      .then((zip) => {
        setFile(zip);
        downloadFile(zip);
        storeJob(null);
      })
      .catch(setCollectError);
  }, [jobId, status.data]);

  const start = useCallback(async (spec: string) => {
    setFile(null);
    setCollectError(null);
    const { jobId: id } = await callMethod('report.auditPackStart', { period: spec });
    storeJob(id);
    setJobId(id);
  }, []);

  const cancel = useCallback(async () => {
    if (!jobId) return;
    const s = await callMethod('report.jobCancel', { jobId });
    client.setQueryData(['report.jobStatus', { jobId }], s);
    storeJob(null);
  }, [client, jobId]);

  const reset = useCallback(() => {
    storeJob(null);
    setJobId(null);
    setFile(null);
    setCollectError(null);
  }, []);

  const save = useCallback(() => {
    if (file) downloadFile(file);
  }, [file]);

  return { jobId, status: status.data, statusError: status.error, file, collectError, start, cancel, save, reset };
}
