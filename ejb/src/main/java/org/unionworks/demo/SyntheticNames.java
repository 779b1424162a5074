package org.unionworks.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.unionworks.registry.model.Gender;

/**
 * Plausible Chinese names: the hundred most common surnames weighted by their approximate
 * share of the population (household registration statistics, per ten thousand), and one- or
 * two-character given names from pools that lean to one gender, as real names do.
 */
final class SyntheticNames {

    /** Surname, share per ten thousand, in turn. Shares are rounded; the order is what matters most. */
    private static final Object[] SURNAMES = {
        "王", 710, "李", 700, "张", 670, "刘", 540, "陈", 460, "杨", 310, "黄", 240, "赵", 210, "吴", 200, "周", 190,
        "徐", 150, "孙", 150, "马", 140, "朱", 130, "胡", 130, "郭", 120, "何", 120, "林", 110, "高", 110, "罗", 110,
        "郑", 100, "梁", 90, "谢", 80, "宋", 80, "唐", 80, "许", 70, "韩", 70, "邓", 70, "冯", 70, "曹", 70,
        "彭", 70, "曾", 60, "肖", 60, "田", 60, "董", 60, "潘", 50, "袁", 50, "蔡", 50, "蒋", 50, "余", 50,
        "于", 50, "杜", 50, "叶", 50, "程", 50, "魏", 40, "苏", 40, "吕", 40, "丁", 40, "任", 40, "卢", 40,
        "姚", 40, "沈", 40, "钟", 40, "姜", 40, "崔", 40, "谭", 40, "陆", 40, "范", 30, "汪", 30, "廖", 30,
        "石", 30, "金", 30, "韦", 30, "贾", 30, "夏", 30, "付", 30, "方", 30, "邹", 30, "熊", 30, "白", 30,
        "孟", 30, "秦", 30, "邱", 30, "侯", 30, "江", 30, "尹", 30, "薛", 30, "闫", 30, "段", 20, "雷", 20,
        "龙", 20, "黎", 20, "史", 20, "陶", 20, "贺", 20, "毛", 20, "郝", 20, "顾", 20, "龚", 20, "邵", 20,
        "万", 20, "覃", 20, "武", 20, "钱", 20, "戴", 20, "严", 20, "傅", 20, "汤", 20, "常", 20, "欧阳", 4};

    private static final String MALE = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳建亮成峰志文博晨轩睿哲昊然翔海东洋彬锋";
    private static final String FEMALE = "芳娜敏静丽艳娟霞燕玲婷雪慧莹倩琳颖洁梅兰红萍晶丹璐欣悦怡佳蕾薇珊琪月秀英琴云媛婕瑶菲妍馨淑";
    private static final String MALE_FIRST = "志建国永德金天家俊子文明海新宏振立晓一浩嘉宇";
    private static final String FEMALE_FIRST = "晓小思雨嘉佳春梦欣诗雅紫丽美秀海文慧静若";

    private static final int ONE_CHARACTER_PERCENT = 20;
    /** Some men are called 静 and some women 杰. */
    private static final int OTHER_POOL_PERCENT = 5;

    private final WeightedChoice<String> surnames;

    SyntheticNames() {
        List<String> names = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (int i = 0; i < SURNAMES.length; i += 2) {
            names.add((String) SURNAMES[i]);
            weights.add((Integer) SURNAMES[i + 1]);
        }
        surnames = WeightedChoice.of(names, weights);
    }

    String next(SplittableRandom random, Gender gender) {
        boolean male = (gender == Gender.MALE) != (random.nextInt(100) < OTHER_POOL_PERCENT);
        String surname = surnames.next(random);
        char last = pick(random, male ? MALE : FEMALE);
        if (random.nextInt(100) < ONE_CHARACTER_PERCENT) {
            return surname + last;
        }
        return surname + pick(random, male ? MALE_FIRST : FEMALE_FIRST) + last;
    }

    private static char pick(SplittableRandom random, String pool) {
        return pool.charAt(random.nextInt(pool.length()));
    }

    static int surnameCount() {
        return SURNAMES.length / 2;
    }
}
