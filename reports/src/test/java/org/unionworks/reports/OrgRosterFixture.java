package org.unionworks.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * A roster of the unions in 南昌市 (Nanchang), big enough to span several pages. Division codes
 * follow the 12-digit pattern of the statistical division codes; worker counts are made up but
 * deterministic so tests can look specific values up.
 */
final class OrgRosterFixture {

    static final String CITY_UNION = "南昌市总工会";
    /** A row whose worker count the tests look for in the output. */
    static final String SAMPLE_ORG = "八一街道总工会";
    static final String SAMPLE_ORG_DIVISION_CODE = "360102003000";
    static final long SAMPLE_ORG_WORKERS = 12_345L;
    /** A row without a worker count, which must print blank. */
    static final String ORG_WITHOUT_COUNT = "贤士湖管理处工会";

    private static final String CITY_CODE = "360100";

    private OrgRosterFixture() {
    }

    static List<OrgRosterRow> nanchangRoster() {
        List<OrgRosterRow> rows = new ArrayList<>();
        rows.add(new OrgRosterRow(CITY_UNION, "市总工会", CITY_CODE + "000000", null, 1_286_400L));
        district(rows, "东湖区", "360102",
                new String[] {"公园街道", "滕王阁街道", "八一街道", "豫章街道", "董家窑街道", "墩子塘街道",
                        "大院街道", "百花洲街道", "彭家桥街道"},
                new String[] {"扬子洲镇"}, new String[] {}, new String[] {"贤士湖管理处"});
        district(rows, "西湖区", "360103",
                new String[] {"南浦街道", "朝阳洲街道", "广润门街道", "系马桩街道", "绳金塔街道", "十字街街道",
                        "西湖街道", "丁公路街道", "南站街道", "桃源街道"},
                new String[] {"桃花镇"}, new String[] {}, new String[] {"朝农管理处"});
        district(rows, "青云谱区", "360104",
                new String[] {"洪都街道", "京山街道", "岱山街道", "徐家坊街道", "三家店街道"},
                new String[] {"青云谱镇"}, new String[] {}, new String[] {"昌南工业园"});
        district(rows, "青山湖区", "360111",
                new String[] {"青山路街道", "上海路街道", "京东街道", "塘山街道", "南钢街道"},
                new String[] {"湖坊镇", "塘山镇", "京东镇", "罗家镇"}, new String[] {}, new String[] {"昌东工业区"});
        district(rows, "新建区", "360112",
                new String[] {},
                new String[] {"长堎镇", "望城镇", "生米镇", "西山镇", "石岗镇", "松湖镇", "樵舍镇", "乐化镇",
                        "溪霞镇", "象山镇", "石埠镇", "联圩镇", "流湖镇"},
                new String[] {"昌邑乡", "南矶乡", "厚田乡", "铁河乡"}, new String[] {});
        district(rows, "红谷滩区", "360113",
                new String[] {"沙井街道", "卫东街道", "生米街道"},
                new String[] {}, new String[] {}, new String[] {"红角洲管理处", "九龙湖管理处"});
        district(rows, "南昌县", "360121",
                new String[] {},
                new String[] {"莲塘镇", "向塘镇", "三江镇", "塘南镇", "幽兰镇", "蒋巷镇", "武阳镇", "冈上镇", "广福镇"},
                new String[] {"泾口乡", "南新乡", "塔城乡", "黄马乡", "八一乡", "东新乡"},
                new String[] {"小蓝经济技术开发区"});
        district(rows, "安义县", "360123",
                new String[] {},
                new String[] {"龙津镇", "鼎湖镇", "长埠镇", "石鼻镇", "东阳镇", "黄洲镇", "万埠镇"},
                new String[] {"乔乐乡", "新民乡", "长均乡"}, new String[] {});
        district(rows, "进贤县", "360124",
                new String[] {},
                new String[] {"民和镇", "李渡镇", "温圳镇", "文港镇", "梅庄镇", "张公镇", "罗溪镇", "架桥镇", "前坊镇"},
                new String[] {"三里乡", "二塘乡", "钟陵乡", "池溪乡", "南台乡", "三阳集乡", "七里乡", "下埠集乡",
                        "衙前乡", "白圩乡", "长山晏乡", "泉岭乡"},
                new String[] {});
        rows.add(new OrgRosterRow("南昌高新技术产业开发区总工会", "开发区（工业园区）工会", CITY_CODE + "401000",
                CITY_UNION, 96_500L));
        rows.add(new OrgRosterRow("南昌经济技术开发区总工会", "开发区（工业园区）工会", CITY_CODE + "402000",
                CITY_UNION, 88_120L));
        rows.add(new OrgRosterRow("江西洪都航空工业集团有限责任公司工会委员会", "企业工会", CITY_CODE + "104000",
                "青云谱区总工会", 21_760L));
        rows.add(new OrgRosterRow("江铃汽车集团有限公司工会委员会", "企业工会", CITY_CODE + "111000",
                "青山湖区总工会", 34_210L));
        return rows;
    }

    private static void district(List<OrgRosterRow> rows, String district, String code, String[] streets,
                                 String[] towns, String[] townships, String[] zones) {
        String districtUnion = district + "总工会";
        String label = district.endsWith("县") ? "县总工会" : "区总工会";
        rows.add(new OrgRosterRow(districtUnion, label, code + "000000", CITY_UNION, workers(rows.size()) * 10));
        add(rows, streets, "总工会", "街道总工会", code, 1, districtUnion);
        add(rows, towns, "总工会", "乡镇总工会", code, 100, districtUnion);
        add(rows, townships, "总工会", "乡镇总工会", code, 200, districtUnion);
        for (int i = 0; i < zones.length; i++) {
            String zone = zones[i];
            String suffix = zone.endsWith("开发区") ? "总工会" : "工会";
            String type = zone.endsWith("管理处") ? "街道总工会" : "开发区（工业园区）工会";
            Long workers = (zone + suffix).equals(ORG_WITHOUT_COUNT) ? null : workers(rows.size());
            rows.add(new OrgRosterRow(zone + suffix, type, code + String.format("%03d000", 400 + i),
                    districtUnion, workers));
        }
    }

    private static void add(List<OrgRosterRow> rows, String[] places, String suffix, String type, String code,
                            int firstNumber, String parent) {
        for (int i = 0; i < places.length; i++) {
            String name = places[i] + suffix;
            String divisionCode = code + String.format("%03d000", firstNumber + i);
            long workers = name.equals(SAMPLE_ORG) ? SAMPLE_ORG_WORKERS : workers(rows.size());
            rows.add(new OrgRosterRow(name, type, divisionCode, parent, workers));
        }
    }

    // deterministic spread between 800 and ~42,800 that never hits the sample value
    private static long workers(int index) {
        long value = 800 + (index * 7_919L) % 42_000;
        return value == SAMPLE_ORG_WORKERS ? value + 1 : value;
    }
}
