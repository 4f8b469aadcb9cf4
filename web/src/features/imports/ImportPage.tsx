// /nhap-du-lieu[/:jobId]: choose what to import, download the template, upload; the server checks
// every row (progress shown, the page may be left and reopened from "recent imports"), then
// either lists the errors by row and column, or shows a preview to write everything at once.
import { Col, Row } from 'antd';
import { useParams } from 'react-router';
import { PageHeader, useDocumentTitle } from '../../ui/page';
import { JobCard } from './JobCard';
import { RecentImports } from './RecentImports';
import { UploadCard } from './UploadCard';

export function ImportPage() {
  const { jobId } = useParams();
  useDocumentTitle('Nhập dữ liệu Excel');
  return (
    <>
      <PageHeader title="Nhập dữ liệu từ Excel" subtitle="Kiểm tra toàn bộ tệp trước; chỉ ghi khi mọi dòng hợp lệ." />
      <Row gutter={16}>
        <Col span={24}>{jobId ? <JobCard key={jobId} id={jobId} /> : <UploadCard />}</Col>
        <Col span={24}>
          <RecentImports currentId={jobId} />
        </Col>
      </Row>
    </>
  );
}
