extension CommandHelp {
    public var vietnamese: String {
        switch self {
        case .adminAbstract: return "Thiết lập kho PostgreSQL dùng chung: lược đồ, vai trò, tài khoản của cơ quan (quản trị)."
        case .adminDiscussion: return "Chạy với tư cách chủ sở hữu cơ sở dữ liệu (--db postgres://… hoặc KEHOACH_DB)."
        case .adminInitAbstract: return "Tạo lược đồ và các vai trò (coordinator, agency, leader) với bảo mật theo dòng."
        case .adminGrantAbstract: return "Tạo (hoặc cập nhật) tài khoản cho một cơ quan: chỉ sửa được các nhiệm vụ có tên cơ quan đó."
        case .adminGrantAgency: return "Cơ quan như kế hoạch ghi, hoặc mã của nó trong danh mục."
        case .adminGrantLogin: return "Tên đăng nhập PostgreSQL."
        case .adminGrantPassword: return "Mật khẩu của tài khoản (không nêu: giữ mật khẩu đang có, hoặc không có)."
        case .adminGrantRole: return "agency (mặc định), coordinator hoặc leader (chỉ đọc)."
        case .dashboardAbstract: return "Mở bảng theo dõi — điều `kehoach` làm khi không có lệnh."
        case .dashboardDiscussion:
            return """
            Mở kế hoạch --plan, nếu không thì kế hoạch xem lần cuối, nếu không nữa thì kế hoạch kèm sẵn đầu \
            tiên (kho mới được nạp các kế hoạch kèm sẵn trước). Bấm ? bên trong để xem mọi phím; q để thoát.

            $XDG_CONFIG_HOME/kehoach/config.toml (hoặc ~/.config/kehoach/config.toml) có thể đặt language ("vi" \
            hoặc "en"), plan, user, theme ("dark" hoặc "light") và mouse (true hoặc false); dòng lệnh được ưu \
            tiên hơn.
            """
        case .dashboardPlan: return "Kế hoạch cần mở: mã (kon-tum-3785), số hoặc vài chữ trong tên."
        case .dashboardAsOf:
            return "Ngày dùng để đánh giá tình trạng (31/12/2026, 2026-12-31, \"hôm nay\", \"cuối quý\"; mặc định hôm nay)."
        case .dashboardAscii: return "Chỉ vẽ bằng ký tự ASCII (cho màn hình không có chữ Việt hoặc ký tự kẻ khung)."
        case .dashboardNoColor: return "Không dùng màu, kể cả khi cửa sổ dòng lệnh có màu (như NO_COLOR)."
        case .dashboardMouse: return "Bấm chuột chọn dòng và thẻ, con lăn để cuộn (khi đó muốn bôi đen chữ phải giữ Shift)."
        case .statusSetAbstract: return "Đặt tình trạng nhiệm vụ (chưa thực hiện, đang thực hiện, đã hoàn thành, tạm hoãn)."
        case .statusSetDiscussion:
            return """
            STATUS là not-started, in-progress, done hoặc suspended, hoặc chữ tiếng Việt: "chưa thực hiện", \
            "đang thực hiện", "đã hoàn thành" (hoặc "hoàn thành"), "tạm hoãn" — dấu không bắt buộc. Nhiệm vụ \
            hàng năm có một tình trạng cho mỗi năm: --year, mặc định năm nay. Hoàn thành mà không có --done-on \
            nghĩa là hoàn thành hôm nay. Tiến độ và ghi chú không nêu thì giữ nguyên (hoàn thành đặt tiến độ \
            100); --note "" xoá ghi chú. Thay đổi bị từ chối, không ghi gì, nếu trong lúc đó người khác đã sửa \
            nhiệm vụ.
            """
        case .planArgument: return "Mã kế hoạch (xem `kehoach plans`)."
        case .taskCodeArgument: return "Mã nhiệm vụ như trong văn bản (1.1, III.2)."
        case .statusSetStatus: return "Tình trạng mới."
        case .statusSetProgress: return "Tiến độ theo phần trăm, 0–100."
        case .statusSetNote: return "Ghi chú."
        case .statusSetYear: return "Với nhiệm vụ hàng năm: năm của tình trạng này (mặc định: năm nay)."
        case .statusSetDoneOn: return "Ngày hoàn thành: 2025-06-30 hoặc 30/06/2025 (mặc định: hôm nay)."
        case .statusAbstract: return "Cập nhật tình hình thực hiện nhiệm vụ, hoặc hoàn tác và làm lại thay đổi gần nhất."
        case .statusUndoAbstract: return "Hoàn tác thay đổi tình trạng gần nhất của bạn trong một kế hoạch."
        case .statusUndoDiscussion:
            return """
            Lấy lại thay đổi gần nhất bạn (--as, $KEHOACH_USER hoặc tên đăng nhập) đã làm trong kế hoạch và \
            chưa hoàn tác; bị từ chối nếu từ đó có người đã sửa nhiệm vụ. Việc hoàn tác cũng được ghi vào lịch sử.
            """
        case .planArgumentShort: return "Mã kế hoạch."
        case .statusRedoAbstract: return "Làm lại thay đổi bạn vừa hoàn tác trong một kế hoạch."
        case .statusRedoDiscussion:
            return """
            Áp dụng lại thay đổi bạn vừa hoàn tác, trừ khi bạn đã sửa kế hoạch sau lần hoàn tác đó.
            """
        case .resultSetAbstract: return "Ghi một dòng của biểu mẫu báo cáo: kết quả một nhiệm vụ trong một kỳ, của một cơ quan."
        case .resultSetDiscussion:
            return """
            --period là 2026 (năm), 2026-H2 (nửa năm), 2026-Q4 (quý) hoặc 2026-11 (tháng); mặc định là kỳ hiện \
            tại theo nhịp báo cáo của kế hoạch (đọc từ nhiệm vụ báo cáo: "hằng năm", "hằng tháng"…). --agency \
            mặc định là cơ quan chủ trì của nhiệm vụ; cơ quan phối hợp nêu tên mình để ghi phần đóng góp của \
            mình. Tùy chọn không nêu giữ nguyên nội dung dòng đã có; --assessment (vượt, đạt, chậm) không nêu \
            thì theo tình trạng của nhiệm vụ. Nếu người khác đã sửa dòng này trong lúc đó, lệnh bị từ chối và \
            không ghi gì.
            """
        case .resultSetText: return "Những gì đã làm trong kỳ (kết quả thực hiện trong kỳ)."
        case .resultSetQuantity: return "Một số liệu kèm đơn vị, ví dụ \"120 nhân lực\"; lặp lại được."
        case .resultSetTarget: return "Chỉ tiêu của mục tiêu mà số liệu tính vào, MỤC-TIÊU.CHỈ-TIÊU như `kehoach export` đánh số."
        case .resultSetAssessment: return "vượt, đạt hoặc chậm."
        case .resultSetDifficulties: return "Tồn tại, khó khăn, vướng mắc."
        case .resultSetProposals: return "Đề xuất, kiến nghị."
        case .resultTargetAgency: return "Cơ quan báo cáo (tên, viết tắt, thiếu dấu đều được)."
        case .resultTargetPeriod: return "Kỳ báo cáo (2026, 2026-H2, 2026-Q4, 2026-11)."
        case .dueAbstract: return "Các hạn báo cáo sắp tới, và các dòng của biểu mẫu báo cáo còn trống."
        case .dueDiscussion:
            return """
            Với mỗi kế hoạch (hoặc kế hoạch được nêu): hạn gần nhất của các nhiệm vụ báo cáo và số ngày còn lại, \
            kỳ mà báo cáo bao quát, và với mỗi cơ quan số dòng chưa có kết quả. --agency chỉ giữ một cơ quan và \
            liệt kê các dòng trống của nó theo mã.
            """
        case .duePlan: return "Mã kế hoạch (mặc định: mọi kế hoạch)."
        case .dueAgency: return "Chỉ các dòng của cơ quan này, liệt kê từng dòng."
        case .dueAsOf: return "Tính từ ngày này thay cho hôm nay (2026-11-23 hoặc 23/11/2026)."
        case .resultSectionsAbstract: return "Ghi các phần tự do trong báo cáo kỳ của một cơ quan (tồn tại; phương hướng; đề xuất)."
        case .resultSectionsDiscussion:
            return """
            Phần không nêu giữ nguyên nội dung; "" xóa một phần. Phải nêu cơ quan (--agency): các phần này là \
            của cơ quan, không của một nhiệm vụ.
            """
        case .resultSectionsShortcomings: return "II. Tồn tại, hạn chế và nguyên nhân."
        case .resultSectionsDirection: return "III. Phương hướng, nhiệm vụ."
        case .resultSectionsProposals: return "IV. Đề xuất, kiến nghị."
        case .resultAbstract: return "Ghi kết quả thực hiện trong kỳ của một cơ quan về một nhiệm vụ."
        case .kehoachAbstract: return "Theo dõi các kế hoạch triển khai của tỉnh ngay trong cửa sổ dòng lệnh."
        case .kehoachDiscussion:
            return """
            Giao diện nói tiếng Việt, hoặc tiếng Anh với --lang en hay một LANG tiếng Anh.

            Mã thoát: 0 xong; 1 lỗi của người dùng (tùy chọn sai, kế hoạch hay nhiệm vụ không có, tệp không \
            đọc được hoặc sẽ bị ghi đè); 2 lỗi dữ liệu (tệp không phải kế hoạch, tệp xuất không hợp lệ, \
            cảnh báo khi nhập với --strict).
            """
        case .importAbstract: return "Nhập kế hoạch đã ban hành từ tệp Word, PDF hoặc văn bản."
        case .importDiscussion:
            return """
            Đọc từng kế hoạch như đã ban hành và lưu lại. Loại tệp được nhận theo nội dung, không theo tên: \
            tệp Word (.docx), PDF có lớp chữ (đọc bằng pdftotext của poppler), Markdown hoặc văn bản UTF-8 \
            chép từ công báo hay trang văn bản pháp luật. Tệp .doc cũ, .odt, .rtf hoặc ảnh bị từ chối kèm \
            cách xử lý (lưu lại thành .docx). Nhiều tệp được nhập lần lượt, mỗi tệp báo trên một dòng; một \
            tệp lỗi không làm dừng các tệp còn lại (khi đó mã thoát cho biết). Cảnh báo nêu dòng của văn bản \
            đã trích mà nó nói tới (xem --text). Với --dry-run không lưu gì.

            Tệp YAML do `kehoach export --format yaml` tạo ra (có thể đã sửa tay) được đọc lại: kế hoạch được \
            nhập lại, tình trạng của nhiệm vụ còn mã thì được giữ, và tình trạng trong tệp được áp dụng ở chỗ \
            khác đi, thành một thay đổi trong lịch sử.
            """
        case .importFiles: return "Các tệp kế hoạch: .docx, .pdf, Markdown hoặc văn bản UTF-8, hoặc tệp YAML đã xuất."
        case .importDryRun: return "Đọc và kiểm tra kế hoạch, in ra, không lưu gì."
        case .importFormat: return "Kết quả: text (tóm tắt và cảnh báo) hoặc json (toàn bộ kế hoạch đã đọc)."
        case .importStrict: return "Coi cảnh báo là lỗi (mã thoát 2)."
        case .importAsNew: return "Lưu thành kế hoạch mới dù trong kho đã có văn bản cùng số, cùng ngày (đọc với cơ quan ban hành khác)."
        case .importText: return "In văn bản kehoach trích từ mỗi tệp (cái bộ đọc nhìn thấy), không lưu gì."
        case .importExplain:
            return "In từng dòng nguồn cùng với kết quả đọc dòng đó (nhiệm vụ, mục tiêu, trách nhiệm, không hiểu); không lưu gì."
        case .importNameLeastOneFile: return "hãy nêu ít nhất một tệp để nhập"
        case .importOGoesTextExplain: return "-o chỉ dùng với --text, --explain hoặc --dry-run --format json"
        case .globalDatabasePath:
            return "Tệp cơ sở dữ liệu, hoặc URL postgres://USER@HOST:PORT/DB của máy chủ dùng chung (mặc định: $KEHOACH_DB, nếu không thì $XDG_DATA_HOME/kehoach/kehoach.sqlite)."
        case .globalUser: return "Người thực hiện thay đổi (mặc định: $KEHOACH_USER, nếu không thì tên đăng nhập)."
        case .globalLanguage: return "Ngôn ngữ giao diện: vi hoặc en (mặc định: theo LANG, tiếng Việt trừ khi LANG là tiếng Anh)."
        case .devTerminalBenchAbstract: return "Đo thời gian vẽ lại cả màn hình và một ô qua curses."
        case .devTerminalBenchFrames: return "Số khung hình mỗi lần đo."
        case .devTerminalBenchOutput: return "Ghi thêm số liệu vào tệp này."
        case .devTerminalBenchScrollKeys:
            return "Sau đó mở bảng điều khiển trên kế hoạch này (của kho --db), nhấn j bấy nhiêu lần và đo từ phím đến khi gửi xong ra cửa sổ dòng lệnh."
        case .devTerminalBenchPlan: return "Kế hoạch cho --scroll-keys."
        case .manAbstract: return "In trang hướng dẫn (roff) dựng từ phần trợ giúp của các lệnh."
        case .raceWriterAbstract: return "Sửa lạc quan COUNT lần trên vài nhiệm vụ dùng chung; in `applied`/`conflict` sau mỗi lần."
        case .editCount: return "Số lần sửa."
        case .raceWriterTasks: return "Số nhiệm vụ của kế hoạch dùng chung."
        case .devAbstract: return "Công cụ cho nhà phát triển: ghi thử, đo tốc độ, chẩn đoán cửa sổ dòng lệnh, đường dẫn tài nguyên."
        case .benchStoreAbstract: return "Đo thời gian sửa tình trạng và mở kho trên một cơ sở dữ liệu nháp."
        case .benchStoreDiscussion:
            return """
            Dùng một cơ sở dữ liệu mới trong thư mục tạm trừ khi có --db, nhập các kế hoạch kèm sẵn, rồi đo \
            COUNT lần sửa (mỗi lần ghi với synchronous=FULL) và OPENS lần mở và nạp.
            """
        case .benchStoreCount: return "Số lần sửa tình trạng để đo thời gian."
        case .benchStoreOpens: return "Số lần mở và nạp để đo thời gian."
        case .benchStoreSyntheticTasks: return "Đo thêm một kế hoạch tổng hợp có chừng này nhiệm vụ (0: chỉ các kế hoạch kèm sẵn)."
        case .syntheticAbstract: return "Nhập vào kho một kế hoạch tổng hợp N nhiệm vụ, M cơ quan, kèm tình trạng."
        case .syntheticTasks: return "Số nhiệm vụ."
        case .syntheticAgencies: return "Số cơ quan."
        case .syntheticSeed: return "Hạt giống: cùng hạt giống cho cùng kế hoạch."
        case .crashWriterAbstract: return "Sửa tình trạng COUNT lần, in `ack INDEX CODE YEAR VERSION NOTE` sau mỗi lần ghi."
        case .crashWriterTasks: return "Số nhiệm vụ của kế hoạch được dùng lần lượt."
        case .crashWriterTag: return "Một từ ghi vào mọi ghi chú, để phân biệt các lần chạy."
        case .firstFrameAbstract: return "Mở kho, vẽ khung hình đầu của ma trận nhiệm vụ trong bộ nhớ, in thời gian."
        case .firstFramePlan: return "Kế hoạch cần mở (mặc định: kế hoạch xem lần cuối, nếu không thì kế hoạch đầu tiên)."
        case .firstFrameWidth: return "Số cột của màn hình trong bộ nhớ."
        case .firstFrameHeight: return "Số dòng của màn hình trong bộ nhớ."
        case .firstFrameVisitPanes: return "Sau đó chuyển sang khung 3 và 4 và đo lần hiện đầu tiên (chúng được dựng khi hiện lần đầu)."
        case .firstFrameScrollFrames:
            return "Sau khung đầu, nhấn j từng lần một và vẽ lại sau mỗi lần, bấy nhiêu lần (đếm lệnh máy cho một khung hình cuộn: bench/callgrind.sh)."
        case .firstFrameSearch:
            return "Sau đó tìm từ này như người dùng: /, gõ từng chữ (vẽ lại sau mỗi chữ), Enter; in thời gian gõ và thời gian Enter."
        case .devTerminalCheckAbstract: return "Vẽ màn hình thử và in lại các phím đã giải mã."
        case .devTerminalCheckAscii: return "Vẽ bằng ASCII kể cả khi locale là UTF-8."
        case .devTerminalCheckNoColor: return "Chỉ dùng thuộc tính chữ, như với NO_COLOR."
        case .assetsAbstract: return "In danh mục cơ quan và các kế hoạch kèm sẵn mà chương trình này dùng."
        case .agenciesAbstract: return "Liệt kê danh mục cơ quan, hoặc các tên danh mục chưa biết."
        case .agenciesDiscussion:
            return """
            Danh mục là Assets/agencies.yaml, cộng thêm $XDG_CONFIG_HOME/kehoach/agencies.yaml (hoặc \
            ~/.config/kehoach/agencies.yaml) đè lên: một mục có mã đã biết thêm tên gọi khác cho cơ quan đó, \
            một mã mới (có tên và loại) thêm một cơ quan.
            """
        case .agenciesUnknown: return "Liệt kê các tên cơ quan trong kế hoạch đã lưu mà danh mục chưa biết, cùng các kế hoạch có tên đó."
        case .removeAbstract: return "Xoá kế hoạch cùng tình hình thực hiện và lịch sử của nó."
        case .removeDiscussion:
            return """
            Hỏi xác nhận khi chạy trong cửa sổ dòng lệnh. Không có cửa sổ (kịch bản, ống dẫn) thì từ chối trừ \
            khi có --yes. Văn bản kế hoạch có thể nhập lại sau; tình hình thực hiện và lịch sử thì không.
            """
        case .removeYes: return "Không hỏi lại."
        case .reportAbstract: return "Lập báo cáo tình hình thực hiện kế hoạch hằng năm."
        case .reportDiscussion:
            return """
            Cho ngày --as-of (mặc định hôm nay): số nhiệm vụ theo các nhóm của Văn phòng Chính phủ (đã hoàn \
            thành đúng hạn, hoàn thành quá hạn, đang thực hiện trong hạn, sắp đến hạn, quá hạn chưa hoàn thành, \
            chưa thực hiện, thường xuyên, tạm hoãn), tổng cộng và theo cơ quan chủ trì, phối hợp (--by agency) \
            hoặc theo nhóm nhiệm vụ (--by group); tỷ lệ quá hạn (quá hạn ÷ nhiệm vụ có hạn, không tính nhiệm vụ \
            thường xuyên và tạm hoãn); các nhiệm vụ quá hạn và sắp đến hạn cùng cơ quan chủ trì; các thay đổi \
            tình trạng trong năm; các chỉ tiêu với giá trị đã ghi; kỳ báo cáo tiếp theo. Cơ quan được ghi như \
            trong văn bản, kèm cơ quan kế thừa ("Sở Kế hoạch và Đầu tư (nay: Sở Tài chính)"). Báo cáo bằng \
            tiếng Việt trừ khi có --lang en. Định dạng theo phần mở rộng của -o khi không có --format (nếu \
            không thì Markdown). CSV dành cho máy (Excel đọc các mã như 1.10 thành số); trong Excel hoặc \
            LibreOffice hãy dùng --format xlsx: biểu mẫu và danh sách nhiệm vụ, mã giữ dạng chữ, ngày là ngày, \
            dòng tiêu đề được cố định và có bộ lọc.

            --format docx viết báo cáo của kỳ như cơ quan gửi đi (Nghị định 30/2020/NĐ-CP): các kết quả đã ghi \
            bằng `kehoach result set` cho --period, các mục I–IV và biểu mẫu (Biểu 01) làm phụ lục. Phần đầu và \
            chữ ký lấy từ config.toml (agency, superior, place, signer, signer_title); mục nào chưa đặt thì để \
            trống để điền tay.
            """
        case .reportAsOf: return "Ngày của số liệu: 2026-11-23 hoặc 23/11/2026 (mặc định: hôm nay)."
        case .reportYear: return "Năm có các thay đổi tình trạng và giá trị chỉ tiêu được báo cáo (mặc định: năm của --as-of)."
        case .reportBy: return "Chia số liệu theo cơ quan (chủ trì và phối hợp) hoặc theo nhóm nhiệm vụ."
        case .reportAgency: return "Chỉ các nhiệm vụ cơ quan này chủ trì hoặc phối hợp (không cần dấu; viết tắt cũng được)."
        case .dueSoonDays: return "Số ngày trước hạn được coi là sắp đến hạn."
        case .reportFormat:
            return "Kết quả: md, csv (cho máy), json, text, docx (báo cáo của kỳ theo thể thức văn bản) hoặc xlsx (biểu mẫu và danh sách nhiệm vụ dạng bảng tính)."
        case .reportPeriod: return "Với docx và xlsx: kỳ báo cáo (2026, 2026-H2, 2026-Q4, 2026-11; mặc định: kỳ hiện tại của kế hoạch)."
        case .copyAbstract: return "Chép cả kho (kế hoạch, tình hình, lịch sử, chỉ tiêu, kết quả, cài đặt) giữa SQLite và PostgreSQL."
        case .copyDiscussion:
            return """
            Kho đích được ghi trong một giao dịch và đếm lại từng bảng trước khi xác nhận: hoặc chép đủ, hoặc \
            không có gì được ghi. Kho đích đã có dữ liệu thì bị từ chối, trừ khi có --replace (xoá hết dữ liệu \
            cũ của kho đích trong cùng giao dịch). Kho PostgreSQL đích cần tài khoản chủ cơ sở dữ liệu (người đã chạy admin init): \
            chỉ tài khoản đó được ghi lịch sử kết quả như nó có ở kho nguồn.
            """
        case .copyFrom: return "Kho nguồn: tệp SQLite hoặc URL postgres://…"
        case .copyTo: return "Kho đích: tệp SQLite (tạo khi chưa có) hoặc URL postgres://…"
        case .copyReplace: return "Thay toàn bộ dữ liệu của kho đích."
        case .copyLanguage: return "Ngôn ngữ giao diện: vi hoặc en."
        case .historyAbstract: return "Lịch sử cập nhật: ai đổi tình trạng nào, khi nào, từ gì sang gì."
        case .historyDiscussion:
            return """
            Cũ nhất trước: bản ghi dùng để viết báo cáo hằng năm. Nêu mã nhiệm vụ để xem một nhiệm vụ.
            """
        case .historyCode: return "Mã nhiệm vụ, để chỉ xem nhiệm vụ đó."
        case .formatTableOrJSON: return "Kết quả: table (bảng) hoặc json."
        case .exportAbstract: return "Xuất toàn bộ kế hoạch kèm tình hình thực hiện."
        case .exportDiscussion:
            return """
            json: lược đồ mô tả trong README ("JSON") cộng với tình trạng, đánh giá và hạn của mỗi nhiệm vụ \
            vào ngày --as-of và mọi tình trạng đã ghi. csv: mỗi nhiệm vụ một dòng cho Excel và LibreOffice \
            (UTF-8 có BOM, CRLF, mọi trường trong ngoặc kép, các cơ quan nối bằng "; "). md: kế hoạch dưới dạng \
            văn bản. yaml: kế hoạch và tình trạng để sửa tay — `kehoach import FILE.yaml` đọc lại và giữ tình \
            trạng. dot: đồ thị cơ quan–nhiệm vụ cho Graphviz (cơ quan là hộp, nhiệm vụ là hình bầu dục, cạnh \
            liền từ cơ quan chủ trì, cạnh đứt từ cơ quan phối hợp). Định dạng theo phần mở rộng của -o khi \
            không có --format.
            """
        case .exportFormat: return "Kết quả: json, csv, md, yaml hoặc dot (đồ thị cơ quan–nhiệm vụ cho Graphviz)."
        case .exportAsOf: return "Ngày đánh giá tình trạng (json, csv, md): 2026-11-23 hoặc 23/11/2026 (mặc định: hôm nay)."
        case .listAbstract: return "Danh sách nhiệm vụ của kế hoạch, kèm tình trạng và đánh giá."
        case .listDiscussion:
            return """
            Đánh giá được tính cho ngày --as-of (mặc định hôm nay): hoàn thành đúng hạn, hoàn thành quá hạn, \
            đang thực hiện trong hạn, sắp đến hạn, quá hạn, chưa thực hiện, thường xuyên (không có hạn), tạm \
            hoãn. --agency khớp cơ quan chủ trì và phối hợp, không cần dấu và theo chữ viết tắt ("so ke hoach", \
            "Sở KH&ĐT"). --standing nhận mã (overdue, due-soon, done-on-time, …) hoặc nhãn tiếng Việt ("quá hạn").
            """
        case .listAgency: return "Chỉ các nhiệm vụ cơ quan này chủ trì hoặc phối hợp."
        case .listStanding: return "Chỉ các nhiệm vụ có tình trạng này."
        case .listAsOf: return "Ngày tính tình trạng: 2026-01-15 hoặc 15/01/2026 (mặc định: hôm nay)."
        case .listFormat: return "Kết quả: table (bảng), json hoặc csv."
        case .plansAbstract: return "Liệt kê các kế hoạch đang theo dõi."
        case .plansDiscussion:
            return """
            Hiện mã của mỗi kế hoạch (cái các lệnh khác nhận: tỉnh và số, ví dụ kon-tum-3785), số, tên, cơ \
            quan ban hành và số nhiệm vụ. Kho trống được nạp các kế hoạch kèm sẵn trước.
            """
        case .outputOutput: return "Ghi vào FILE (không ghi đè tệp đã có nếu thiếu --force); - hoặc không có -o: đầu ra chuẩn."
        case .outputForce: return "Ghi đè tệp kết quả nếu đã có."
        case .examplesHeading: return "Ví dụ:"
        }
    }
}
