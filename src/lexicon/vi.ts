import type { Lexicon } from "./types.js";

/** Vietnamese headings, labels and board chrome (TopCV, VietnamWorks, CareerViet, ITviec). */
export const vi: Lexicon = {
  headings: {
    "about-company": ["giới thiệu công ty", "về chúng tôi", "thông tin công ty", "giới thiệu", "về công ty", "giới thiệu về công ty", "giới thiệu chung", "tổng quan công ty", "chúng tôi là ai"],
    "about-role": ["tổng quan vị trí", "về vị trí", "giới thiệu vị trí", "tổng quan công việc", "mô tả vị trí", "vị trí công việc"],
    overview: ["thông tin chung", "thông tin tuyển dụng", "thông tin chi tiết", "chi tiết tin tuyển dụng", "thông tin việc làm"],
    // on Vietnamese boards "Mô tả công việc" is the list of duties
    responsibilities: ["mô tả công việc", "chi tiết công việc", "nội dung công việc", "trách nhiệm", "nhiệm vụ", "trách nhiệm công việc", "nhiệm vụ chính", "công việc chính", "bạn sẽ làm gì", "công việc của bạn", "vai trò và trách nhiệm", "trách nhiệm chính", "nhiệm vụ và trách nhiệm", "mô tả chi tiết công việc", "công việc cụ thể"],
    requirements: ["yêu cầu ứng viên", "yêu cầu công việc", "yêu cầu", "yêu cầu kỹ năng", "kỹ năng yêu cầu", "yêu cầu chuyên môn", "tiêu chuẩn", "tiêu chuẩn ứng viên", "bạn cần có", "chúng tôi tìm kiếm", "yêu cầu kinh nghiệm", "kinh nghiệm và kỹ năng", "kỹ năng và kinh nghiệm", "yêu cầu ứng tuyển", "điều kiện ứng tuyển", "kỹ năng cần có", "bạn là ai", "ứng viên phù hợp"],
    "nice-to-have": ["ưu tiên", "điểm cộng", "ưu tiên ứng viên", "là một lợi thế", "lợi thế", "ưu tiên nếu"],
    benefits: ["quyền lợi", "quyền lợi được hưởng", "phúc lợi", "chế độ phúc lợi", "chế độ đãi ngộ", "đãi ngộ", "tại sao bạn sẽ yêu thích làm việc tại đây", "tại sao nên gia nhập", "chúng tôi cung cấp", "lợi ích", "quyền lợi và phúc lợi", "chế độ", "phúc lợi và đãi ngộ", "bạn sẽ nhận được", "quyền lợi ứng viên"],
    compensation: ["mức lương", "thu nhập", "lương thưởng", "lương và thưởng"],
    "interview-process": ["quy trình tuyển dụng", "quy trình phỏng vấn", "các vòng phỏng vấn", "vòng phỏng vấn", "quy trình ứng tuyển"],
    skills: ["kỹ năng", "công nghệ", "công nghệ sử dụng", "kỹ năng chuyên môn"],
    "how-to-apply": ["cách thức ứng tuyển", "cách ứng tuyển", "hồ sơ ứng tuyển", "hồ sơ bao gồm", "liên hệ", "thông tin liên hệ", "cách nộp hồ sơ", "hồ sơ gồm", "nộp hồ sơ"],
  },
  // syllable pairs that name a kind in headings no phrase covers ("Yêu cầu đối với ứng viên")
  headingStems: {
    responsibilities: ["mô tả công việc", "trách nhiệm", "nhiệm vụ"],
    requirements: ["yêu cầu", "tiêu chuẩn"],
    "nice-to-have": ["ưu tiên", "lợi thế", "điểm cộng"],
    benefits: ["quyền lợi", "phúc lợi", "đãi ngộ"],
    compensation: ["mức lương", "thu nhập"],
    "interview-process": ["quy trình", "phỏng vấn"],
    "how-to-apply": ["ứng tuyển", "hồ sơ"],
    "about-company": ["giới thiệu", "về chúng tôi"],
  },
  // the items' vote: a task opens with its verb ("Tham gia…", "Phối hợp…"); musts, pluses and perks anywhere
  itemStems: {
    responsibilities: ["tham gia", "phát triển", "xây dựng", "thực hiện", "quản lý", "phối hợp", "hỗ trợ", "kiểm tra", "nghiên cứu", "thiết kế", "theo dõi", "báo cáo", "tư vấn", "chăm sóc", "triển khai", "đảm bảo", "vận hành", "tiếp nhận", "xử lý", "lập kế hoạch", "giám sát", "đề xuất", "tổ chức", "chịu trách nhiệm", "tìm kiếm", "bảo trì", "viết"],
    requirements: ["năm kinh nghiệm", "kinh nghiệm", "tốt nghiệp", "đại học", "cao đẳng", "thành thạo", "có kiến thức", "kiến thức", "kỹ năng", "khả năng", "hiểu biết", "trình độ", "nắm vững", "sử dụng tốt", "chứng chỉ", "bằng cấp"],
    "nice-to-have": ["ưu tiên", "là một lợi thế", "lợi thế", "điểm cộng"],
    benefits: ["mức lương", "lương", "thưởng", "bảo hiểm", "nghỉ phép", "du lịch", "khám sức khỏe", "phụ cấp", "tháng lương", "môi trường làm việc", "cơ hội", "đào tạo", "chế độ", "teambuilding", "nghỉ lễ", "thu nhập"],
    "interview-process": ["phỏng vấn", "vòng", "bài test"],
  },
  chromeHeadings: {
    "similar-jobs": ["việc làm tương tự", "việc làm liên quan", "việc làm bạn có thể quan tâm", "gợi ý việc làm", "việc làm cùng công ty"],
    share: ["chia sẻ tin tuyển dụng", "chia sẻ"],
  },
  chromeLines: {
    navigation: ["ứng tuyển ngay", "ứng tuyển", "nộp đơn", "nộp hồ sơ ngay", "lưu tin", "đã lưu", "chia sẻ", "xem thêm", "thu gọn", "đăng nhập", "đăng ký", "báo cáo tin tuyển dụng", "quay lại", "xem tất cả", "xem chi tiết"],
  },
  labels: {
    title: ["vị trí", "chức danh", "vị trí tuyển dụng", "tên công việc"],
    company: ["công ty", "tên công ty", "nhà tuyển dụng"],
    location: ["địa điểm", "địa điểm làm việc", "nơi làm việc", "khu vực", "địa chỉ"],
    salary: ["mức lương", "lương", "thu nhập", "mức lương cạnh tranh"],
    employmentType: ["hình thức làm việc", "loại hình công việc", "thời gian làm việc", "hình thức", "loại hợp đồng"],
    experience: ["kinh nghiệm", "yêu cầu kinh nghiệm", "số năm kinh nghiệm"],
    education: ["bằng cấp", "trình độ", "học vấn", "trình độ học vấn"],
    seniority: ["cấp bậc", "cấp độ"],
    category: ["ngành nghề", "lĩnh vực", "ngành"],
    skills: ["kỹ năng"],
    postedAt: ["ngày đăng", "ngày đăng tuyển", "ngày cập nhật"],
    validThrough: ["hạn nộp hồ sơ", "hạn nộp", "hạn chót", "hạn ứng tuyển"],
    startDate: ["ngày bắt đầu", "thời gian bắt đầu"],
  },
};
