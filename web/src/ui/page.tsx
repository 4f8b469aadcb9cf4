// Building blocks every page uses: the page title with its actions, result pages for "no
// permission" / "not found" / load errors, and the Excel export button.
import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Flex, Result, Skeleton, Typography, type ButtonProps } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, downloadUrl, errorMessage, type Query } from './api';

const APP_TITLE = 'Quản lý thi đua, khen thưởng';

export function useDocumentTitle(title: string | null | undefined) {
  useEffect(() => {
    document.title = title ? `${title} — ${APP_TITLE}` : APP_TITLE;
  }, [title]);
}

/** A real link (right-click, new tab) that looks like a button and navigates inside the app. */
export function ButtonLink({ to, ...props }: Omit<ButtonProps, 'href'> & { to: string }) {
  const navigate = useNavigate();
  return (
    <Button
      {...props}
      href={to}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
        e.preventDefault();
        void navigate(to);
      }}
    />
  );
}

export function PageHeader({
  title,
  subtitle,
  actions,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Flex className="page-header" justify="space-between" align="flex-start" gap={12} wrap>
      <div style={{ minWidth: 0 }}>
        <Typography.Title level={1} className="page-title">
          {title}
        </Typography.Title>
        {subtitle ? <Typography.Text type="secondary">{subtitle}</Typography.Text> : null}
      </div>
      {actions ? (
        <Flex gap={8} wrap className="page-actions">
          {actions}
        </Flex>
      ) : null}
    </Flex>
  );
}

export function ForbiddenResult({
  title = 'Bạn không có quyền xem trang này',
  message,
}: {
  title?: string;
  message?: string;
}) {
  return (
    <Result
      status="403"
      title={title}
      subTitle={
        message ?? 'Tài khoản của bạn không được phân quyền cho nội dung này. Nếu cần, hãy liên hệ quản trị hệ thống.'
      }
      extra={
        <ButtonLink to="/" type="primary">
          Về trang chủ
        </ButtonLink>
      }
    />
  );
}

export function NotFoundResult({ title = 'Không tìm thấy trang', message }: { title?: string; message?: string }) {
  return (
    <Result
      status="404"
      title={title}
      subTitle={message ?? 'Đường dẫn không đúng hoặc nội dung đã không còn.'}
      extra={
        <ButtonLink to="/" type="primary">
          Về trang chủ
        </ButtonLink>
      }
    />
  );
}

/** What to show when a page's main query failed. */
export function LoadError({
  error,
  onRetry,
  forbiddenTitle,
}: {
  error: unknown;
  onRetry?: () => void;
  forbiddenTitle?: string;
}) {
  if (error instanceof ApiError && error.status === 403)
    return <ForbiddenResult title={forbiddenTitle} message={error.message} />;
  if (error instanceof ApiError && error.status === 404)
    return <NotFoundResult title="Không tìm thấy dữ liệu" message={error.message} />;
  return (
    <Result
      status="error"
      title="Không tải được dữ liệu"
      subTitle={errorMessage(error)}
      extra={onRetry ? <Button onClick={onRetry}>Thử lại</Button> : undefined}
    />
  );
}

export function PageSkeleton() {
  return <Skeleton active paragraph={{ rows: 8 }} />;
}

/** A link that downloads the list as Excel with the list's current filters. */
export function ExportButton({ path, query }: { path: string; query?: Query }) {
  const { page: _p, pageSize: _s, ...filters } = query ?? {};
  return (
    <Button icon={<FileExcelOutlined aria-hidden />} href={downloadUrl(path, filters)} download>
      Xuất Excel
    </Button>
  );
}
