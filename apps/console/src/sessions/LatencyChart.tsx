import { Box, Stack, Typography, useTheme } from '@mui/material';
import type { TurnMetrics } from '@scenaro/api-contract';
import { useTranslate } from 'react-admin';
import { formatDuration } from '../catalog/format';
import { LATENCY_SERIES, type LatencySeries, latencyStats, niceCeiling } from './session-view';

const HEIGHT = 220;
const MARGIN = { top: 12, right: 12, bottom: 28, left: 52 };
const TICKS = 4;

/**
 * Per-turn latency as grouped bars: end-of-utterance delay, LLM time to first token and TTS
 * time to first byte, one group per turn, with the mean of each series in the legend.
 */
export function LatencyChart({ metrics }: { metrics: readonly TurnMetrics[] }) {
  const translate = useTranslate();
  const theme = useTheme();
  const colors: Record<LatencySeries, string> = {
    endOfUtteranceDelayMs: theme.palette.warning.main,
    llmTtftMs: theme.palette.primary.main,
    ttsTtfbMs: theme.palette.success.main,
  };
  const stats = latencyStats(metrics);
  if (stats.points.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="latency-empty">
        {translate('scenaro.sessions.latency.none')}
      </Typography>
    );
  }
  const top = niceCeiling(stats.maxMs);
  const groupWidth = Math.max(36, Math.min(90, 720 / stats.points.length));
  const width = MARGIN.left + MARGIN.right + groupWidth * stats.points.length;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const barWidth = (groupWidth - 10) / LATENCY_SERIES.length;
  const y = (ms: number) => MARGIN.top + plotHeight - (ms / top) * plotHeight;

  return (
    <Box data-testid="latency-chart">
      <Stack direction="row" spacing={2} flexWrap="wrap" useFlexGap sx={{ mb: 1 }}>
        {LATENCY_SERIES.map((series) => (
          <Stack key={series} direction="row" spacing={0.75} alignItems="center">
            <Box sx={{ width: 12, height: 12, bgcolor: colors[series], borderRadius: 0.5 }} />
            <Typography variant="caption">
              {translate(`scenaro.sessions.latency.${series}`)}
              {stats.averages[series] !== null &&
                ` · ${translate('scenaro.sessions.latency.mean')} ${formatDuration(stats.averages[series])}`}
            </Typography>
          </Stack>
        ))}
      </Stack>
      <Box sx={{ overflowX: 'auto' }}>
        <svg
          width={width}
          height={HEIGHT}
          role="img"
          aria-label={translate('scenaro.sessions.latency.title')}
          style={{ display: 'block', fontFamily: theme.typography.fontFamily, fontSize: 11 }}
        >
          {Array.from({ length: TICKS + 1 }, (_, index) => {
            const value = (top / TICKS) * index;
            return (
              <g key={value}>
                <line
                  x1={MARGIN.left}
                  x2={width - MARGIN.right}
                  y1={y(value)}
                  y2={y(value)}
                  stroke={theme.palette.divider}
                />
                <text
                  x={MARGIN.left - 6}
                  y={y(value) + 4}
                  textAnchor="end"
                  fill={theme.palette.text.secondary}
                >
                  {formatDuration(value)}
                </text>
              </g>
            );
          })}
          {stats.points.map((point, groupIndex) => {
            const x0 = MARGIN.left + groupIndex * groupWidth + 5;
            return (
              <g key={point.speechId} data-testid="latency-turn">
                {LATENCY_SERIES.map((series, seriesIndex) => {
                  const value = point.values[series];
                  if (value === null) return null;
                  return (
                    <rect
                      key={series}
                      x={x0 + seriesIndex * barWidth}
                      y={y(value)}
                      width={Math.max(2, barWidth - 2)}
                      height={Math.max(1, MARGIN.top + plotHeight - y(value))}
                      fill={colors[series]}
                      rx={2}
                    >
                      <title>
                        {`${translate('scenaro.sessions.latency.turn', { turn: point.turn })} · ${translate(
                          `scenaro.sessions.latency.${series}`,
                        )} : ${formatDuration(value)}`}
                      </title>
                    </rect>
                  );
                })}
                <text
                  x={x0 + (groupWidth - 10) / 2}
                  y={HEIGHT - MARGIN.bottom + 16}
                  textAnchor="middle"
                  fill={theme.palette.text.secondary}
                >
                  {point.turn}
                </text>
              </g>
            );
          })}
        </svg>
      </Box>
      <Typography variant="caption" color="text.secondary">
        {translate('scenaro.sessions.latency.axis')}
      </Typography>
    </Box>
  );
}
