package org.unionworks.demo;

import java.util.List;

/**
 * The demo province: real GB/T 2260 codes and district names of Jiangxi, with street and
 * township names drawn deterministically from plausible pools.
 */
final class DemoProvince {

    record District(String code, String name, boolean urban, List<String> realStreets) {
    }

    record City(String code, String name, List<District> districts, List<String> enterprises,
                String developmentZone, String industrialPark) {
    }

    static final String PROVINCE_CODE = "360000";
    static final String PROVINCE_NAME = "江西省";

    static final List<City> CITIES = List.of(
            new City("360100", "南昌市", List.of(
                    new District("360102", "东湖区", true, List.of("公园", "滕王阁", "百花洲", "豫章", "八一桥", "董家窑", "墩子塘", "大院", "彭家桥")),
                    new District("360103", "西湖区", true, List.of()),
                    new District("360104", "青云谱区", true, List.of()),
                    new District("360111", "青山湖区", true, List.of()),
                    new District("360112", "新建区", true, List.of()),
                    new District("360113", "红谷滩区", true, List.of()),
                    new District("360121", "南昌县", false, List.of()),
                    new District("360124", "进贤县", false, List.of())),
                    List.of("江铃汽车集团公司工会", "南昌铁路局工会", "洪都航空工业集团工会"),
                    "南昌经济技术开发区", "小蓝工业园区"),
            new City("360200", "景德镇市", List.of(
                    new District("360202", "昌江区", true, List.of()),
                    new District("360203", "珠山区", true, List.of()),
                    new District("360222", "浮梁县", false, List.of()),
                    new District("360281", "乐平市", false, List.of())),
                    List.of("景德镇陶瓷集团工会"), null, "景德镇陶瓷工业园区"),
            new City("360400", "九江市", List.of(
                    new District("360402", "濂溪区", true, List.of()),
                    new District("360403", "浔阳区", true, List.of()),
                    new District("360404", "柴桑区", true, List.of()),
                    new District("360424", "修水县", false, List.of()),
                    new District("360481", "瑞昌市", false, List.of())),
                    List.of("九江石化公司工会", "江西九江港务集团工会"), "九江经济技术开发区", null),
            new City("360700", "赣州市", List.of(
                    new District("360702", "章贡区", true, List.of()),
                    new District("360703", "南康区", true, List.of()),
                    new District("360704", "赣县区", true, List.of()),
                    new District("360722", "信丰县", false, List.of()),
                    new District("360781", "瑞金市", false, List.of())),
                    List.of("赣州稀土集团工会"), "赣州经济技术开发区", "南康家具产业园区"),
            new City("361100", "上饶市", List.of(
                    new District("361102", "信州区", true, List.of()),
                    new District("361103", "广丰区", true, List.of()),
                    new District("361104", "广信区", true, List.of()),
                    new District("361130", "婺源县", false, List.of())),
                    List.of("晶科能源公司工会"), "上饶经济技术开发区", null));

    static final List<String> STREET_POOL = List.of("城东", "城西", "城南", "城北", "新城", "朝阳", "解放", "人民",
            "文化", "建设", "光明", "和平", "站前", "滨江", "沿江", "长青", "桃花", "青山", "湖滨", "向阳", "西山", "北湖");

    static final List<String> TOWN_POOL = List.of("长塘", "石岗", "黄马", "塔城", "东山", "李渡", "文港", "温圳",
            "民和", "三里", "龙津", "大塘", "白沙", "梅岭", "石埠", "泾口", "南新", "架桥", "钟陵", "前坊");

    static final List<String> COMMUNITY_POOL = List.of("幸福", "和谐", "阳光", "锦绣", "翠苑", "金桥", "东湖",
            "书香", "春晖", "丰和", "紫荆", "桂花");

    private static final java.util.Map<org.unionworks.registry.model.ServiceField, String> POST_TITLES = java.util.Map.of(
            org.unionworks.registry.model.ServiceField.ORGANISING_BARGAINING, "建会与集体协商指导岗",
            org.unionworks.registry.model.ServiceField.LEGAL_AID_MEDIATION, "法律援助与调解岗",
            org.unionworks.registry.model.ServiceField.LABOUR_PROTECTION, "劳动保护监督岗",
            org.unionworks.registry.model.ServiceField.HARDSHIP_EMPLOYMENT, "困难帮扶与就业服务岗",
            org.unionworks.registry.model.ServiceField.COUNSELLING, "心理疏导与矛盾化解岗",
            org.unionworks.registry.model.ServiceField.INTERNET_SERVICES, "网上普惠服务岗",
            org.unionworks.registry.model.ServiceField.MIGRANT_TRAINING, "农民工新市民培训岗");

    static String postTitle(org.unionworks.registry.model.ServiceField field, int n) {
        return POST_TITLES.get(field) + (n == 0 ? "" : "（" + (n + 1) + "）");
    }

    private DemoProvince() {
    }
}
